import { h } from 'preact';
import type { IconNode } from 'lucide';

/**
 * One icon of the Lucide set (lucide ships each icon as plain SVG data and tree-shakes to the ones
 * imported). Decorative by default: the control or text beside it carries the meaning.
 */
export function Icon({ icon, label }: { icon: IconNode; label?: string }) {
  return (
    <svg
      class="icon"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width={2}
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden={label ? undefined : 'true'}
      role={label ? 'img' : undefined}
      aria-label={label}
      focusable="false"
    >
      {icon.map(([tag, attrs], index) => h(tag, { key: index, ...attrs }))}
    </svg>
  );
}
