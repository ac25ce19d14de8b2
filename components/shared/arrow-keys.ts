/**
 * Arrow keys move between the checkboxes of a list (Up/Down, Home/End), so a list of points or
 * milestones is walked and ticked with one key each (Space ticks). Tab still reaches every box.
 */
export function moveFocusWithArrows(event: KeyboardEvent): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target as HTMLElement;
  if (!(target instanceof HTMLInputElement) || target.type !== 'checkbox') return;
  const boxes = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLInputElement>('input[type="checkbox"]:not(:disabled)')];
  const index = boxes.indexOf(target);
  const next =
    event.key === 'Home' ? 0 : event.key === 'End' ? boxes.length - 1 : index + (event.key === 'ArrowDown' ? 1 : -1);
  const box = boxes[next];
  if (!box) return;
  event.preventDefault();
  box.focus();
}
