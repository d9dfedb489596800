/**
 * Respondent mode as a kiosk (issue 19): once HR opens it in a browser tab, that tab shows only the
 * questionnaire page — Back and typed addresses lead back to it, the 360 page with its codes is out
 * of reach — until the tab is closed (the flag lives in the tab's sessionStorage and goes with it).
 */
const KEY = 'bagalau.kiosk';

export function enterKiosk(): void {
  try {
    sessionStorage.setItem(KEY, '1');
  } catch {
    // Storage blocked: respondent mode still works, only not locked to the tab.
  }
}

export function inKiosk(): boolean {
  try {
    return sessionStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}
