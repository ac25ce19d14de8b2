/**
 * Saves what is pending when the page is hidden or closed (the side panel or popup can go away at
 * any moment), and when the component unmounts. Returns the clean-up for a `useEffect`.
 */
export function flushWhenLeaving(flush: () => void): () => void {
  const flushWhenHidden = () => document.visibilityState === 'hidden' && flush();
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', flushWhenHidden);
  return () => {
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', flushWhenHidden);
    flush();
  };
}
