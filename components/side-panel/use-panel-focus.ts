import { useEffect } from 'preact/hooks';
import { focusAppliesOnOpen, getPanelFocus, watchPanelFocus, type PanelFocus } from '../../lib/google-pages/panel-focus';

/**
 * Follows the requests to show a session: the Calendar page's "Mentoring notes" button and the
 * Meet call in front. One already made when the panel opens applies if it is for this opening.
 */
export function usePanelFocus(follow: (focus: PanelFocus) => void): void {
  useEffect(() => {
    let live = true;
    getPanelFocus()
      .then((focus) => {
        if (live && focus && focusAppliesOnOpen(focus, Date.now())) follow(focus);
      })
      .catch((error: unknown) => console.warn('Mentoring Companion: could not read the panel focus', error));
    const stop = watchPanelFocus((focus) => follow(focus));
    return () => {
      live = false;
      stop();
    };
    // `follow` only sets state: the first one is as good as any later one.
  }, []);
}
