import { isOurs } from '../google-pages/dom';

/** The "leave call" control's label in the languages Meet is most used in. */
const LEAVE_LABEL =
  /\b(?:leave|end|exit) (?:the )?(?:call|meeting)\b|\bhang up\b|anruf verlassen|auflegen|quitter l.appel|raccrocher|salir de la llamada|colgar|sair da chamada|desligar|abbandona la chiamata|esci dalla chiamata|gesprek verlaten|opuść połączenie|通話から退出|退出通话|離開通話|통화에서 나가기/i;
/** The icon Meet draws on that control, whatever the language. */
const LEAVE_ICON = 'call_end';

/**
 * Whether the user is in the call rather than in the waiting room or on the "you left" screen:
 * only the call has a control to leave it. Read from its label or its icon, never a class name.
 */
export function isInCall(): boolean {
  for (const control of document.querySelectorAll('button, [role="button"]')) {
    if (isOurs(control)) continue;
    const label = control.getAttribute('aria-label') || control.getAttribute('data-tooltip') || control.getAttribute('title') || '';
    if (LEAVE_LABEL.test(label)) return true;
    const icon = control.querySelector('i, [aria-hidden="true"]');
    if ((icon?.textContent ?? control.textContent)?.trim() === LEAVE_ICON) return true;
  }
  return false;
}
