import type { ComponentChildren } from 'preact';

/**
 * Facts in one line ("Thu 3 Dec · 14:00 · every 2 weeks") that wrap without a line ever starting
 * with a separator: each separator is glued to the fact before it by a no-break space.
 */
export function MetaLine({ items, class: extra }: { items: ComponentChildren[]; class?: string }) {
  const shown = items.filter((item) => item !== undefined && item !== null && item !== false && item !== '');
  return (
    <p class={`meta${extra ? ` ${extra}` : ''}`}>
      {shown.map((item, index) => (
        <span key={index}>
          {item}
          {index < shown.length - 1 && <span aria-hidden="true">{'\u00a0·'}</span>}
          {index < shown.length - 1 && ' '}
        </span>
      ))}
    </p>
  );
}
