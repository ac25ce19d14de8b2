// A stand-in for Google Calendar's web app, built from public knowledge of its markup: event
// elements are role="button" with `data-eventid` (base64 of "<event id> <calendar>") and an
// aria-label holding the time; a resize handle inside carries the same id; the detail dialog is a
// role="dialog" reused from one event to the next; views switch without reloading (history API);
// class names are opaque. It records what its own buttons did in window.__calendarFixture.
(() => {
  const config = JSON.parse(document.getElementById('fixture-config').textContent);
  const events = config.events.map((e) => ({ ...e, startMs: Date.parse(e.start), endMs: Date.parse(e.end) }));
  const unknownMarkup = config.markup === 'unknown';
  const state = (window.__calendarFixture = { view: 'week', anchor: startOfDay(Date.parse(config.today)), actions: [], dialogFor: null, query: '' });
  const main = document.querySelector('[role="main"]');
  const periodLabel = document.getElementById('Yb3NXc');
  const dialog = document.getElementById('xDetDlg');

  function startOfDay(ms) {
    const d = new Date(ms);
    return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  }
  function addDays(ms, days) {
    const d = new Date(ms);
    return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days).getTime();
  }
  function clock(ms) {
    return new Date(ms).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  }
  function dayLabel(ms) {
    return new Date(ms).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  }
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    for (const c of children) node.append(c);
    return node;
  }
  function record(action) {
    state.actions.push(action);
  }

  /** One event element as Calendar draws it. */
  function chip(event, compact) {
    const label = `${clock(event.startMs)} to ${clock(event.endMs)}, ${event.title}, Jordan Lee, Accepted, ${dayLabel(event.startMs)}`;
    const attrs = { role: 'button', tabindex: '0', class: compact ? 'GTG3wb ChfiMc rFUW1c' : 'GTG3wb ChfiMc', 'aria-label': label, jslog: '35463; track:click' };
    if (unknownMarkup) attrs['data-event-key'] = event.eventId;
    else attrs['data-eventid'] = event.eventId;
    const node = el('div', attrs, el('div', { class: 'lhydbb', 'aria-hidden': 'true' }, el('span', { class: 'WBi6vc' }, event.title)));
    if (!compact) node.append(el('div', { class: 'gVNoLb', 'aria-hidden': 'true' }, `${clock(event.startMs)} – ${clock(event.endMs)}`));
    // The resize handle: the same id again, which must not get a second badge.
    if (!compact && !unknownMarkup) node.append(el('div', { class: 'leOeGd', 'data-eventid': event.eventId, 'aria-hidden': 'true' }));
    node.addEventListener('click', () => openDialog(event, node));
    node.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        openDialog(event, node);
      }
    });
    return node;
  }

  function inRange(from, to) {
    return events.filter((e) => e.startMs < to && e.endMs > from).sort((a, b) => a.startMs - b.startMs);
  }

  function renderDays(count) {
    const first = count === 7 ? addDays(state.anchor, -((new Date(state.anchor).getDay() + 6) % 7)) : state.anchor;
    const grid = el('div', { role: 'grid', class: 'pf2R0e', 'aria-label': count === 7 ? 'Week view' : 'Day view' });
    const row = el('div', { role: 'row', class: 'BiKU4b' });
    for (let i = 0; i < count; i++) {
      const day = addDays(first, i);
      const cell = el('div', { role: 'gridcell', class: 'YvjgZe', 'aria-labelledby': `day-${i}` }, el('h2', { id: `day-${i}`, class: 'rbGRmd' }, dayLabel(day)));
      for (const event of inRange(day, addDays(day, 1))) cell.append(chip(event, false));
      row.append(cell);
    }
    grid.append(row);
    periodLabel.textContent = count === 7 ? `Week of ${dayLabel(first)}` : dayLabel(first);
    return grid;
  }

  function renderMonth() {
    const d = new Date(state.anchor);
    const firstOfMonth = new Date(d.getFullYear(), d.getMonth(), 1).getTime();
    const first = addDays(firstOfMonth, -((new Date(firstOfMonth).getDay() + 6) % 7));
    const grid = el('div', { role: 'grid', class: 'mr0WL', 'aria-label': 'Month view' });
    for (let week = 0; week < 6; week++) {
      const row = el('div', { role: 'row', class: 'lFe10c' });
      for (let i = 0; i < 7; i++) {
        const day = addDays(first, week * 7 + i);
        const cell = el('div', { role: 'gridcell', class: 'MGaLHf' }, el('h2', { class: 'nUt0vb' }, String(new Date(day).getDate())));
        const dayEvents = inRange(day, addDays(day, 1));
        for (const event of dayEvents.slice(0, 4)) cell.append(chip(event, true));
        if (dayEvents.length > 4) {
          const more = el('div', { role: 'button', tabindex: '0', class: 'DPvwYc' }, `${dayEvents.length - 4} more`);
          more.addEventListener('click', () => openDayList(day, dayEvents));
          cell.append(more);
        }
        row.append(cell);
      }
      grid.append(row);
    }
    periodLabel.textContent = d.toLocaleDateString('en-GB', { month: 'long', year: 'numeric' });
    return grid;
  }

  function renderSchedule() {
    const list = el('div', { role: 'list', class: 'ndcyd', 'aria-label': 'Schedule' });
    for (const event of inRange(state.anchor, addDays(state.anchor, 60))) {
      const row = chip(event, false);
      row.classList.add('NlL62b');
      list.append(el('div', { role: 'listitem', class: 'kVv8Sc' }, el('div', { class: 'XHqkSb' }, dayLabel(event.startMs)), row));
    }
    periodLabel.textContent = `From ${dayLabel(state.anchor)}`;
    return list;
  }

  function renderYear() {
    const year = new Date(state.anchor).getFullYear();
    const wrap = el('div', { class: 'yJHpfe', 'aria-label': `Year ${year}` });
    for (let month = 0; month < 12; month++) {
      const box = el('div', { class: 'Zn4Sbd' }, el('h2', {}, new Date(year, month, 1).toLocaleDateString('en-GB', { month: 'long' })));
      const days = new Date(year, month + 1, 0).getDate();
      for (let day = 1; day <= days; day++) {
        const start = new Date(year, month, day).getTime();
        const dayEvents = inRange(start, addDays(start, 1));
        const button = el('div', { role: 'button', tabindex: '0', class: dayEvents.length ? 'w48V4c has' : 'w48V4c', 'aria-label': `${dayLabel(start)}, ${dayEvents.length} events` }, String(day));
        button.addEventListener('click', () => openDayList(start, dayEvents));
        box.append(button);
      }
      wrap.append(box);
    }
    periodLabel.textContent = String(year);
    return wrap;
  }

  function renderSearch() {
    const query = state.query.toLowerCase();
    const list = el('div', { role: 'list', class: 'ndcyd', 'aria-label': `Search results for ${state.query}` });
    for (const event of events.filter((e) => e.title.toLowerCase().includes(query)).sort((a, b) => a.startMs - b.startMs)) {
      list.append(el('div', { role: 'listitem', class: 'kVv8Sc' }, chip(event, false)));
    }
    periodLabel.textContent = `Search: ${state.query}`;
    return list;
  }

  function render() {
    const views = { day: () => renderDays(1), week: () => renderDays(7), month: renderMonth, agenda: renderSchedule, year: renderYear, search: renderSearch };
    main.replaceChildren(views[state.view]());
    document.getElementById('vmenu-label').textContent = { day: 'Day', week: 'Week', month: 'Month', agenda: 'Schedule', year: 'Year', search: 'Search' }[state.view];
  }

  function go(view, options = {}) {
    state.view = view;
    if (options.query !== undefined) state.query = options.query;
    const path = view === 'search' ? `/calendar/u/0/r/search?q=${encodeURIComponent(state.query)}` : `/calendar/u/0/r/${view}`;
    history.pushState({ view }, '', path + (unknownMarkup && view !== 'search' ? '?markup=unknown' : ''));
    closeDialog();
    render();
  }

  // The detail dialog: one element, filled anew for each event, as a reused popover.
  function openDialog(event, from) {
    state.dialogFor = event.eventId;
    record(`open:${event.title}`);
    const content = el(
      'div',
      { class: 'kMp0We' },
      el('h2', { id: 'rAECCd', class: 'UfeRlc' }, event.title),
      el('div', { class: 'AzuXid' }, `${dayLabel(event.startMs)} · ${clock(event.startMs)} – ${clock(event.endMs)}`),
      el('div', { class: 'toUqff' }, event.description ?? ''),
    );
    if (config.dialogEventId === 'own') dialog.setAttribute('data-eventid', event.eventId);
    const close = el('button', { 'aria-label': 'Close', class: 'VbA1ue', type: 'button' }, '×');
    close.addEventListener('click', () => closeDialog('close-button'));
    const del = el('button', { 'aria-label': 'Delete event', class: 'VbA1ue', type: 'button' }, 'Delete');
    del.addEventListener('click', () => {
      record(`delete:${event.title}`);
      closeDialog('deleted');
    });
    dialog.replaceChildren(el('div', { class: 'pPTZAe' }, el('button', { 'aria-label': 'Edit event', class: 'VbA1ue', type: 'button' }, '✎'), del, close), content);
    dialog.setAttribute('aria-labelledby', 'rAECCd');
    // Beside the event, as Calendar's popover.
    const box = from.getBoundingClientRect();
    const left = box.right + 440 < innerWidth ? box.right + 8 : Math.max(8, box.left - 428);
    dialog.style.cssText = `left:${left}px;top:${Math.max(8, Math.min(box.top, innerHeight - 320))}px;transform:none`;
    dialog.hidden = false;
    dialog.removeAttribute('aria-hidden');
    dialog.returnFocus = from;
    close.focus();
  }

  function openDayList(day, dayEvents) {
    record(`day-list:${new Date(day).getDate()}`);
    const list = el('div', { role: 'dialog', class: 'ZVMQid', 'aria-label': dayLabel(day), id: 'day-list' }, el('h2', {}, dayLabel(day)));
    for (const event of dayEvents) list.append(chip(event, true));
    const close = el('button', { 'aria-label': 'Close', type: 'button' }, '×');
    close.addEventListener('click', () => list.remove());
    list.append(close);
    document.getElementById('day-list')?.remove();
    document.body.append(list);
  }

  function closeDialog(how) {
    if (dialog.hidden) return;
    if (how) record(`close:${how}`);
    state.dialogFor = null;
    dialog.hidden = true;
    dialog.setAttribute('aria-hidden', 'true');
    dialog.returnFocus?.focus?.();
  }

  function openCreate() {
    record('create');
    const create = el('div', { role: 'dialog', class: 'RDlrG', 'aria-label': 'Create event', id: 'create-dialog' }, el('input', { 'aria-label': 'Add title', type: 'text' }));
    const cancel = el('button', { type: 'button' }, 'Cancel');
    cancel.addEventListener('click', () => {
      record('create-cancel');
      create.remove();
    });
    create.append(cancel);
    document.body.append(create);
  }

  // Calendar's own controls.
  document.getElementById('today').addEventListener('click', () => {
    record('today');
    state.anchor = startOfDay(Date.parse(config.today));
    render();
  });
  const step = (sign) => {
    const days = { day: 1, week: 7, agenda: 7, search: 0 }[state.view];
    if (days === undefined) {
      const d = new Date(state.anchor);
      state.anchor = state.view === 'year' ? new Date(d.getFullYear() + sign, 0, 1).getTime() : new Date(d.getFullYear(), d.getMonth() + sign, 1).getTime();
    } else state.anchor = addDays(state.anchor, sign * days);
    render();
  };
  document.getElementById('prev').addEventListener('click', () => (record('previous'), step(-1)));
  document.getElementById('next').addEventListener('click', () => (record('next'), step(1)));
  const menuButton = document.getElementById('vmenu');
  const menu = document.getElementById('vmenu-list');
  menuButton.addEventListener('click', () => {
    menu.hidden = !menu.hidden;
    menuButton.setAttribute('aria-expanded', String(!menu.hidden));
  });
  for (const item of menu.querySelectorAll('[role="menuitemradio"]')) {
    item.addEventListener('click', () => {
      menu.hidden = true;
      menuButton.setAttribute('aria-expanded', 'false');
      record(`view:${item.dataset.view}`);
      go(item.dataset.view);
    });
  }
  document.getElementById('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    record('search');
    go('search', { query: document.getElementById('search-input').value });
  });
  document.getElementById('create').addEventListener('click', openCreate);
  document.getElementById('theme').addEventListener('click', () => {
    const dark = document.documentElement.classList.toggle('dark');
    record(`theme:${dark ? 'dark' : 'light'}`);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') return closeDialog('escape');
    if (e.target instanceof HTMLInputElement || e.ctrlKey || e.metaKey || e.altKey) return;
    const view = { d: 'day', w: 'week', m: 'month', y: 'year', a: 'agenda' }[e.key];
    if (view) {
      record(`key:${e.key}`);
      go(view);
    }
  });
  addEventListener('popstate', (e) => {
    state.view = e.state?.view ?? 'week';
    render();
  });

  const initial = /\/r\/(day|week|month|year|agenda)/.exec(location.pathname)?.[1];
  state.view = initial ?? 'week';
  if (config.theme === 'dark') document.documentElement.classList.add('dark');
  render();
})();
