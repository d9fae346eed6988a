/**
 * The kiosk chat page: one self-contained HTML document (inline style and script, no network)
 * with large type, buttons for choices, a language switch and a QR code of its own address on the
 * start screen. Reply text is put on the page with `textContent`, never as markup.
 */
import type { Locale } from '../../dialogs/types.ts';
import { LOCALES, t } from '../../i18n.ts';
import { html, type SafeHtml, trusted } from '../../outreach/html.ts';
import { KIOSK_CHAT_PATH, KIOSK_PAGE_PATH, KIOSK_REPORT_PATH, KIOSK_VISITOR_PATH } from './kiosk-paths.ts';

const STYLE = `
* { box-sizing: border-box; }
html { font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; font-size: 22px;
  line-height: 1.5; color: #1a1a1a; background: #f4f5f7; }
body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; }
header { display: flex; align-items: center; justify-content: space-between; gap: .5rem; padding: .6rem 1rem;
  background: #1d4f91; color: #fff; }
header h1 { font-size: 1.15rem; margin: 0; }
header a { color: #fff; font-size: .9rem; }
main { flex: 1; width: 100%; max-width: 46rem; margin: 0 auto; padding: 1rem; }
#start { text-align: center; }
#start p { margin: .5rem 0 1rem; }
.qr { margin: 1rem auto 0; width: 11rem; }
.qr svg { width: 100%; height: auto; background: #fff; }
.qr p { font-size: .8rem; color: #555; margin: .2rem 0; }
#log { display: flex; flex-direction: column; gap: .6rem; }
.bubble { max-width: 92%; padding: .6rem .8rem; border-radius: .7rem; white-space: pre-wrap; word-break: break-word; }
.bot { background: #fff; align-self: flex-start; border: 1px solid #d6d9de; }
.user { background: #1d4f91; color: #fff; align-self: flex-end; }
.verdict { border: 2px solid #1d6b3a; }
.clarify { color: #444; }
.choices { display: flex; flex-wrap: wrap; gap: .5rem; margin: .2rem 0 .4rem; }
.downloads { display: flex; flex-direction: column; gap: .4rem; margin: .2rem 0 .4rem; }
.downloads a { font-size: 1.05rem; }
button { font: inherit; border-radius: .6rem; border: 2px solid #1d4f91; background: #fff; color: #1d4f91;
  padding: .55rem 1rem; min-height: 2.6rem; cursor: pointer; }
button.primary { background: #1d4f91; color: #fff; }
button:disabled { opacity: .5; }
form { display: flex; gap: .5rem; position: sticky; bottom: 0; padding: .6rem 0; background: #f4f5f7; }
input[type=text] { flex: 1; font: inherit; padding: .55rem .7rem; border: 2px solid #9aa3ad; border-radius: .6rem; min-width: 0; }
#actions { display: flex; gap: .5rem; flex-wrap: wrap; margin-top: .6rem; }
#visitor { display: flex; flex-direction: column; gap: .6rem; position: static; }
#visitor label { display: flex; flex-direction: column; gap: .2rem; }
.notice, .prefill { border: 2px solid #b26b00; background: #fff8e6; border-radius: .6rem; padding: .6rem .8rem; margin: 0 0 1rem; }
.prefill { border-color: #1d6b3a; background: #eef8f1; }
.notice p { margin: .2rem 0; }
[hidden] { display: none !important; }
@media (max-width: 520px) { html { font-size: 19px; } main { padding: .6rem; } }
`;

// The client: posts what the user typed or clicked, draws replies as text and buttons.
const SCRIPT = `
(function () {
  var words = JSON.parse(document.getElementById('words').textContent);
  var log = document.getElementById('log');
  var form = document.getElementById('ask');
  var input = document.getElementById('text');
  var busy = false;
  function bubble(text, who, extra) {
    var div = document.createElement('div');
    div.className = 'bubble ' + who + (extra ? ' ' + extra : '');
    div.textContent = text;
    log.appendChild(div);
    div.scrollIntoView({ block: 'end' });
    return div;
  }
  function clearChoices() {
    var old = log.querySelectorAll('.choices');
    for (var i = 0; i < old.length; i++) old[i].remove();
  }
  function draw(replies) {
    clearChoices();
    var finished = false;
    replies.forEach(function (r) {
      var div = bubble(r.text, 'bot', r.kind);
      if (r.slot) div.setAttribute('data-slot', r.slot);
      if (r.kind === 'verdict') finished = true;
      if (r.downloads && r.downloads.length) {
        var files = document.createElement('div');
        files.className = 'downloads';
        r.downloads.forEach(function (d) {
          d.links.forEach(function (l) {
            var a = document.createElement('a');
            a.className = 'download';
            a.href = l.href;
            a.setAttribute('download', '');
            a.textContent = l.label;
            files.appendChild(a);
          });
        });
        log.appendChild(files);
      }
      if (r.choices && r.choices.length) {
        var box = document.createElement('div');
        box.className = 'choices';
        r.choices.forEach(function (c) {
          var b = document.createElement('button');
          b.type = 'button';
          b.className = 'choice';
          b.textContent = c.label;
          b.addEventListener('click', function () { send(c.value, c.label); });
          box.appendChild(b);
        });
        log.appendChild(box);
      }
    });
    if (finished) document.getElementById('print').hidden = false;
  }
  function send(text, shown) {
    if (busy || !text) return Promise.resolve();
    busy = true;
    if (shown !== null) bubble(shown || text, 'user');
    return fetch(words.chatPath, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: text, lang: words.lang }),
      credentials: 'same-origin'
    }).then(function (res) { return res.json(); })
      .then(function (body) { draw(body.replies || []); })
      .catch(function () { bubble(words.error, 'bot'); })
      .then(function () { busy = false; input.focus(); });
  }
  // A page a prefill link opened, or reopened on that session, continues it; every other start erases the
  // previous visitor's. A prefilled dialog already under way (a reload) goes straight back to its question.
  var prefilled = Boolean(words.prefill);
  var resuming = prefilled && words.prefill.begun;
  if (location.pathname !== words.home.split('?')[0]) history.replaceState(null, '', words.home);
  var visitor = document.getElementById('visitor');
  function begin() {
    document.getElementById('start').hidden = true;
    if (resuming) {
      resuming = false;
      log.textContent = '';
      return chat();
    }
    document.getElementById('chat').hidden = true;
    log.textContent = '';
    document.getElementById('print').hidden = true;
    var ready = prefilled ? Promise.resolve() : send('/reset', null);
    ready.then(function () {
      log.textContent = '';
      document.getElementById('name').value = prefilled && words.prefill.name ? words.prefill.name : '';
      document.getElementById('contact').value = '';
      visitor.hidden = false;
      document.getElementById('name').focus();
    });
  }
  function chat() {
    visitor.hidden = true;
    document.getElementById('chat').hidden = false;
    var first = prefilled ? '/resume' : '/start';
    prefilled = false;
    return send(first, null);
  }
  visitor.addEventListener('submit', function (e) {
    e.preventDefault();
    fetch(words.visitorPath, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: document.getElementById('name').value, contact: document.getElementById('contact').value }),
      credentials: 'same-origin'
    }).catch(function () {}).then(chat);
  });
  document.getElementById('skip').addEventListener('click', chat);
  document.getElementById('begin').addEventListener('click', begin);
  document.getElementById('restart').addEventListener('click', function () { prefilled = false; resuming = false; begin(); });
  document.getElementById('print').addEventListener('click', function () { window.open(words.reportPath, '_blank'); });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var text = input.value.trim();
    input.value = '';
    send(text);
  });
  if (resuming) begin();
})();
`;

/** What the page shows besides its fixed words. */
export interface KioskPageInput {
  readonly locale: Locale;
  /** The page's own address, encoded in the QR code. */
  readonly address: string;
  /** The QR code of `address` as SVG markup (from the qrcode package). */
  readonly qrSvg: string;
  /**
   * A session a prefill link started: how many facts the sheet filled in, the enterprise name (the sheet's, or
   * as the visitor changed it), and whether its dialog is under way (the page then resumes it at once).
   */
  readonly prefill?: { readonly count: number; readonly name: string | null; readonly begun?: boolean };
  /** Why a prefill link gave nothing (shown above a fresh start). */
  readonly notice?: KioskNotice;
}

/** Why a prefill link was refused: see `RedeemRefusal`; `unavailable` when the store could not be asked. */
export type KioskNotice = 'unknown' | 'used' | 'expired' | 'unavailable';

/** The kiosk page as a complete HTML document. */
export function renderKioskPage(input: KioskPageInput): string {
  const { locale } = input;
  const w = (id: string) => t(locale, `report.kiosk.${id}`);
  const other: Locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
  const words = {
    lang: locale,
    chatPath: KIOSK_CHAT_PATH,
    reportPath: `${KIOSK_REPORT_PATH}?lang=${locale}`,
    visitorPath: KIOSK_VISITOR_PATH,
    home: `${KIOSK_PAGE_PATH}?lang=${locale}`,
    error: w('error'),
    prefill: input.prefill ?? null,
  };
  const v = (id: string, view?: Record<string, unknown>) => t(locale, `kiosk.${id}`, view);
  return html`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w('title')}</title>
<style>${trusted(STYLE)}</style>
</head>
<body>
<header><h1>${w('title')}</h1><a id="lang" href="/?lang=${other}" hreflang="${other}">${w('language')}</a></header>
<main>
<section id="start">
${
  input.notice
    ? html`<div class="notice" data-notice="${input.notice}">${LOCALES.map((l) => html`<p lang="${l}">${t(l, `kiosk.link.refused.${input.notice}`)}</p>`)}</div>`
    : ''
}
${input.prefill ? html`<p class="prefill" data-begun="${input.prefill.begun ? 'yes' : 'no'}">${v(input.prefill.begun ? 'prefill.resume' : 'prefill.ready', { count: input.prefill.count })}</p>` : ''}
<p>${w('welcome')}</p>
<button id="begin" class="primary" type="button">${w('start')}</button>
<div class="qr">${trusted(input.qrSvg)}<p>${w('scan')}</p><p>${input.address}</p></div>
</section>
<form id="visitor" autocomplete="off" hidden>
<p>${v('visitor.intro')}</p>
<label>${v('visitor.name')}<input id="name" type="text" maxlength="80"></label>
<label>${v('visitor.contact')}<input id="contact" type="text" maxlength="80"></label>
<div id="visitor-actions" class="choices"><button type="submit" class="primary">${v('visitor.continue')}</button><button id="skip" type="button">${v('visitor.skip')}</button></div>
</form>
<section id="chat" hidden>
<div id="log" aria-live="polite"></div>
<div id="actions"><button id="print" type="button" class="primary" hidden>${w('print')}</button><button id="restart" type="button">${w('restart')}</button></div>
<form id="ask" autocomplete="off"><input id="text" type="text" placeholder="${w('placeholder')}" aria-label="${w('placeholder')}"><button type="submit" class="primary">${w('send')}</button></form>
</section>
</main>
<script type="application/json" id="words">${jsonInScript(words)}</script>
<script>${trusted(SCRIPT)}</script>
</body>
</html>
`.value;
}

/** JSON safe inside a script element: `<` escaped so no text can close the element. */
function jsonInScript(value: unknown): SafeHtml {
  return trusted(JSON.stringify(value).replace(/</g, '\\u003c'));
}
