import type { ButtonHTMLAttributes } from 'preact';

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'secondary' | 'quiet' | 'danger' };

/** A button that never submits a form by accident (type defaults to "button"). */
export function Button({ variant = 'secondary', type = 'button', class: extra, ...props }: ButtonProps) {
  return <button type={type} class={`btn btn-${variant}${extra ? ` ${String(extra)}` : ''}`} {...props} />;
}
