/**
 * The VS Code preview's script (webview mode only, allowed by its nonce). A constant: it reads
 * everything it needs from data-attributes, so no user text is ever placed inside `<script>`.
 *
 * - click, Enter or Space on an element with `data-uri` posts
 *   `{ type: 'reveal', uri, line, character }` (0-based, as in LSP) to the extension;
 * - the scroll position and the group-by choice are kept with `vscode.setState`, and so is the
 *   JSON object in `<body data-state>` and the `state` object of an `update` message (what the
 *   extension needs to restore the preview after a window reload);
 * - a `{ type: 'update', html }` message replaces the content of `<main>` without reloading the
 *   page (`html` may be a whole page from `renderScorecardHtml` or just the inside of `<main>`),
 *   keeping scroll position, group-by choice and keyboard focus;
 * - the group-by toggle itself is CSS (radio buttons), so it also works without this script;
 * - the scope button (`data-action="toggle-scope"`) posts `{ type: 'toggleScope' }`;
 * - a `{ type: 'scrollTo', uri, line }` message scrolls the first visible element defined at
 *   that place (a card rather than a strategy-map node) into the middle of the view.
 */
export const WEBVIEW_SCRIPT = `
(function () {
  'use strict';
  var vscode = acquireVsCodeApi();
  var state = vscode.getState() || {};
  function save(patch) {
    for (var key in patch) { state[key] = patch[key]; }
    vscode.setState(state);
  }
  function applyGroupBy() {
    if (state.groupBy !== 'strategy' && state.groupBy !== 'perspective') { return; }
    var radio = document.getElementById('strat-group-' + state.groupBy);
    if (radio) { radio.checked = true; }
  }
  function reveal(el) {
    vscode.postMessage({
      type: 'reveal',
      uri: el.getAttribute('data-uri') || '',
      line: Number(el.getAttribute('data-line')) || 0,
      character: Number(el.getAttribute('data-character')) || 0
    });
  }
  function sameTarget(a, b) {
    return a.getAttribute('data-uri') === b.getAttribute('data-uri') &&
      a.getAttribute('data-line') === b.getAttribute('data-line') &&
      a.getAttribute('data-character') === b.getAttribute('data-character') &&
      a.getAttribute('data-kind') === b.getAttribute('data-kind');
  }
  document.addEventListener('click', function (event) {
    var target = event.target;
    if (target instanceof Element && target.closest('[data-action="toggle-scope"]')) {
      event.preventDefault();
      vscode.postMessage({ type: 'toggleScope' });
      return;
    }
    if (!(target instanceof Element) || target.closest('label, input')) { return; }
    var el = target.closest('[data-uri]');
    if (el) { event.preventDefault(); reveal(el); }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' && event.key !== ' ' && event.key !== 'Spacebar') { return; }
    var target = event.target;
    if (!(target instanceof Element) || !target.matches('[data-uri]')) { return; }
    event.preventDefault();
    reveal(target);
  });
  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target instanceof HTMLInputElement && target.name === 'strat-group-by') { save({ groupBy: target.value }); }
  });
  var scrollPending = false;
  window.addEventListener('scroll', function () {
    if (scrollPending) { return; }
    scrollPending = true;
    requestAnimationFrame(function () { scrollPending = false; save({ scrollY: window.scrollY }); });
  }, { passive: true });
  window.addEventListener('message', function (event) {
    var message = event.data;
    if (!message || message.type !== 'update' || typeof message.html !== 'string') { return; }
    if (message.state && typeof message.state === 'object') { save(message.state); }
    var main = document.querySelector('main');
    if (!main) { return; }
    var content = message.html;
    if (/<main[\\s>]/i.test(content)) {
      var next = new DOMParser().parseFromString(content, 'text/html').querySelector('main');
      if (!next) { return; }
      content = next.innerHTML;
    }
    var focused = document.activeElement instanceof Element && document.activeElement.matches('[data-uri]') ? document.activeElement : null;
    var y = window.scrollY;
    main.innerHTML = content;
    applyGroupBy();
    if (focused) {
      var candidates = main.querySelectorAll('[data-uri]');
      for (var i = 0; i < candidates.length; i++) {
        if (sameTarget(candidates[i], focused)) { candidates[i].focus({ preventScroll: true }); break; }
      }
    }
    window.scrollTo(0, y);
  });
  window.addEventListener('message', function (event) {
    var message = event.data;
    if (!message || message.type !== 'scrollTo' || typeof message.uri !== 'string') { return; }
    var line = String(Number(message.line) || 0);
    var found = null;
    var candidates = document.querySelectorAll('[data-uri]');
    for (var i = 0; i < candidates.length; i++) {
      var el = candidates[i];
      if (el.getAttribute('data-uri') !== message.uri || el.getAttribute('data-line') !== line || el.getClientRects().length === 0) { continue; }
      if (!el.closest('svg')) { found = el; break; }
      if (!found) { found = el; }
    }
    if (found) { found.scrollIntoView({ block: 'center' }); }
  });
  try {
    var initial = JSON.parse(document.body.getAttribute('data-state') || 'null');
    if (initial && typeof initial === 'object') { save(initial); }
  } catch (error) { /* no state to keep */ }
  applyGroupBy();
  if (typeof state.scrollY === 'number') { window.scrollTo(0, state.scrollY); }
}());
`;
