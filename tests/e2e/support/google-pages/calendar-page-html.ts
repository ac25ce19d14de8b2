/** An event as the fixture Calendar page shows it. */
export interface FixtureEvent {
  /** The element's data-eventid: what Google writes, the eid of the event's htmlLink. */
  eventId: string;
  title: string;
  /** ISO instants. */
  start: string;
  end: string;
  description?: string;
}

export interface CalendarPageOptions {
  events: FixtureEvent[];
  /** ISO instant: the day the page opens on. */
  today: string;
  /** `unknown`: events without data-eventid, as if Google had changed its page. */
  markup?: 'known' | 'unknown';
  /** Whether the detail dialog carries the event's data-eventid itself (`own`) or not at all (`none`). */
  dialogEventId?: 'own' | 'none';
  theme?: 'light' | 'dark';
}

/** The page shell: Calendar's landmarks and controls; calendar-app.js draws the views into it. */
export function calendarPageHtml(options: CalendarPageOptions): string {
  const config = JSON.stringify(options).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Google Calendar - Week</title>
<style>
  :root { color-scheme: light; }
  html.dark { color-scheme: dark; }
  body { margin: 0; font: 14px/1.4 Roboto, Arial, sans-serif; background: #fff; color: #1f1f1f; }
  html.dark body { background: #131314; color: #e3e3e3; }
  header { display: flex; gap: 8px; align-items: center; padding: 8px 16px; border-bottom: 1px solid #ddd; }
  [role="main"] { padding: 8px 16px; }
  .BiKU4b { display: flex; gap: 4px; }
  .YvjgZe { flex: 1; min-width: 0; border-left: 1px solid #ddd; padding: 2px; }
  .rbGRmd, .nUt0vb { font-size: 11px; margin: 0 0 4px; }
  .GTG3wb { position: relative; background: #7986cb; color: #fff; border-radius: 4px; padding: 2px 4px; margin: 0 0 3px; cursor: pointer; overflow: hidden; font-size: 12px; }
  html.dark .GTG3wb { background: #3f51b5; }
  .rFUW1c { white-space: nowrap; text-overflow: ellipsis; }
  .leOeGd { position: absolute; left: 0; right: 0; bottom: 0; height: 4px; cursor: ns-resize; }
  .lFe10c { display: grid; grid-template-columns: repeat(7, 1fr); gap: 2px; }
  .MGaLHf { min-height: 70px; border-top: 1px solid #ddd; min-width: 0; }
  .kVv8Sc { display: flex; gap: 12px; align-items: center; margin: 0 0 2px; }
  .NlL62b { width: 420px; margin: 0; }
  .XHqkSb { width: 220px; font-size: 12px; }
  .yJHpfe { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; }
  .w48V4c { display: inline-block; width: 22px; text-align: center; font-size: 11px; cursor: pointer; }
  .w48V4c.has { font-weight: bold; text-decoration: underline; }
  [role="dialog"] { position: fixed; top: 80px; left: 50%; transform: translateX(-50%); width: 420px; background: #f0f4f9; color: inherit; border-radius: 16px; box-shadow: 0 4px 16px rgba(0,0,0,.3); padding: 8px 0; z-index: 10; }
  html.dark [role="dialog"] { background: #2d2f31; }
  [role="dialog"][hidden] { display: none; }
  .kMp0We { padding: 0 16px; }
  .pPTZAe { display: flex; justify-content: flex-end; gap: 4px; padding: 0 8px; }
  [role="menu"] { position: absolute; top: 44px; right: 120px; background: #fff; border: 1px solid #ccc; list-style: none; margin: 0; padding: 4px 0; z-index: 20; }
  html.dark [role="menu"] { background: #2d2f31; }
  [role="menuitemradio"] { padding: 4px 16px; cursor: pointer; }
</style>
</head>
<body>
<header role="banner" class="gb_Ua">
  <button type="button" id="create" class="HnDTIb" aria-label="Create">Create</button>
  <button type="button" id="today" class="rA6Gzd" aria-label="Today, ${new Date(options.today).toDateString()}">Today</button>
  <button type="button" id="prev" class="d29e1c" aria-label="Previous period">‹</button>
  <button type="button" id="next" class="d29e1c" aria-label="Next period">›</button>
  <h1 id="Yb3NXc" class="UyW9db" aria-live="polite"></h1>
  <form id="search-form" role="search"><input id="search-input" aria-label="Search" type="search"></form>
  <button type="button" id="vmenu" class="AeBiU" aria-haspopup="menu" aria-expanded="false"><span id="vmenu-label">Week</span> ▾</button>
  <ul role="menu" id="vmenu-list" hidden>
    <li role="menuitemradio" data-view="day">Day</li>
    <li role="menuitemradio" data-view="week">Week</li>
    <li role="menuitemradio" data-view="month">Month</li>
    <li role="menuitemradio" data-view="year">Year</li>
    <li role="menuitemradio" data-view="agenda">Schedule</li>
  </ul>
  <button type="button" id="theme" class="VfPpkd" aria-label="Toggle dark theme">◐</button>
</header>
<div role="main" class="tEhMVd"></div>
<div role="dialog" id="xDetDlg" class="RDlrG Inn9w" aria-modal="true" hidden aria-hidden="true"></div>
<script type="application/json" id="fixture-config">${config}</script>
<script src="/__fixture/calendar-app.js"></script>
</body>
</html>`;
}
