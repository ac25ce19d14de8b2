// A stand-in for Google Meet's web app: the meeting's address carries its code; the waiting room
// ("Join now"), the call (a "Leave call" control with Meet's call_end icon) and the "You left the
// meeting" screen replace each other without reloading; "Return to home screen" goes to / through
// the history API. Class names are opaque. window.__meetFixture records what happened.
(() => {
  const config = JSON.parse(document.getElementById('fixture-config').textContent);
  const root = document.getElementById('yDmH0d');
  const state = (window.__meetFixture = { screen: '', actions: [] });
  const code = () => /^\/([a-z]{3}-[a-z]{4}-[a-z]{3})$/.exec(location.pathname)?.[1];

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    for (const c of children) node.append(c);
    return node;
  }
  function button(label, attrs, onClick, ...children) {
    const node = el('button', { type: 'button', class: 'VfPpkd-LgbsSe', ...attrs }, ...(children.length ? children : [label]));
    node.addEventListener('click', () => {
      state.actions.push(label);
      onClick();
    });
    return node;
  }
  function show(screen, ...children) {
    state.screen = screen;
    root.replaceChildren(...children);
  }

  function home() {
    const input = el('input', { 'aria-label': 'Enter a code or link', type: 'text' });
    show('home', el('h1', {}, 'Video calls and meetings for everyone'), button('New meeting', {}, () => {}), input,
      button('Join', {}, () => navigate(`/${input.value.trim()}`)));
  }
  function waitingRoom() {
    show('waiting', el('h1', {}, 'Ready to join?'), el('div', { class: 'p2hjYe' }, 'Camera is starting'), button('Join now', { jsname: 'Qx7uuf' }, inCall));
  }
  function inCall() {
    const leave = config.leaveControl === 'icon-only'
      ? button('Leave call', { jsname: 'CQylAd' }, left, el('i', { class: 'google-material-icons', 'aria-hidden': 'true' }, 'call_end'))
      : button('Leave call', { jsname: 'CQylAd', 'aria-label': 'Leave call', 'data-tooltip': 'Leave call' }, left, el('i', { class: 'google-material-icons', 'aria-hidden': 'true' }, 'call_end'));
    show('call', el('div', { class: 'axUSnc', 'aria-label': 'Meeting participants' }, 'Jordan Lee'),
      el('div', { role: 'region', class: 'Tmb7Fd', 'aria-label': 'Call controls' },
        button('Turn off microphone', { 'aria-label': 'Turn off microphone (ctrl + d)', 'data-is-muted': 'false' }, () => {}),
        button('Turn off camera', { 'aria-label': 'Turn off camera (ctrl + e)', 'data-is-muted': 'false' }, () => {}),
        leave));
  }
  function left() {
    show('left', el('h1', {}, 'You left the meeting'), button('Rejoin', {}, inCall), button('Return to home screen', {}, () => navigate('/')));
  }
  function navigate(path) {
    history.pushState({}, '', path);
    route();
  }
  function route() {
    if (code()) waitingRoom();
    else home();
  }
  addEventListener('popstate', route);
  route();
})();
