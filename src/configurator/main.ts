/**
 * The configurator (dist/configurator/index.html): choose, see, take, share.
 * The state lives in the page's address only; nothing is stored or sent, and
 * the only requests are this folder's files and the project's own (sri.json,
 * a language's messages for the quick exit's link).
 */
import { en } from '../locale/messages/en.js';
import { pageExitDestination } from '../components/quick-exit/destination.js';
import { checkState, describeCountry, type Checked } from './check.js';
import { contentSecurityPolicy } from './csp.js';
import { byId, el } from './dom.js';
import { createForm } from './form.js';
import { setUpCopyButtons } from './copy.js';
import { createPreview } from './preview-frame.js';
import { elementsSnippet, fallbackSnippet, RESERVE_CSS, reserveMarkup, scriptSnippet, writtenInMarkup, type FallbackOptions, type ScriptTagOptions } from './snippets.js';
import { scriptSource } from './source.js';
import { fromAddress, toAddress, type ConfiguratorState } from './state.js';
import { LANGUAGE_NAMES } from './generated/language-names.js';
import type { OwnHotlineConfig } from '../config/types.js';

/** The script's Subresource Integrity hash, from ../sri.json: undefined while it loads, null if it cannot be read. */
let integrity: string | null | undefined;
let integrityProblem = '';

/** The quick exit's words by language, read from the language's messages file beside the script. */
const exitLabels = new Map<string, string>([['en', en.quickExit.label]]);

const announcer = () => byId('announcer');

/** How soon a refused change of the address is tried again. */
const ADDRESS_RETRY_MS = 1000;
let addressTimer = 0;

/**
 * Puts the state in the page's address, if it changed. WebKit (Safari) refuses
 * more than 100 replaceState calls in 10 seconds, counted for the whole tab:
 * a refused change is tried again shortly, and never stops the code from
 * being written.
 */
function writeAddress(address: string): void {
  clearTimeout(addressTimer);
  if (new URL(address, location.href).href === location.href) return;
  try {
    history.replaceState(history.state, '', address);
  } catch {
    addressTimer = window.setTimeout(() => writeAddress(address), ADDRESS_RETRY_MS);
  }
}

function readIntegrity(): Promise<void> {
  return fetch(new URL('../sri.json', location.href), { credentials: 'omit', cache: 'no-store' })
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
    .then((sri: Record<string, string>) => {
      const hash = sri['hotline-widget.js'];
      if (typeof hash !== 'string' || !/^sha384-[A-Za-z0-9+/=]+$/.test(hash)) throw new Error('no hash for hotline-widget.js');
      integrity = hash;
    })
    .catch((error: unknown) => {
      integrity = null;
      integrityProblem = `../sri.json could not be read (${error instanceof Error ? error.message : String(error)}), so the code has no integrity attribute. Serve sri.json beside hotline-widget.js to get it.`;
    });
}

function exitLabel(lang: string, onLoaded: () => void): string {
  if (lang === 'auto') return en.quickExit.label;
  const known = exitLabels.get(lang);
  if (known) return known;
  exitLabels.set(lang, en.quickExit.label);
  fetch(new URL(`../data/messages-${lang}.json`, location.href), { credentials: 'omit' })
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
    .then((messages: { quickExit?: { label?: unknown } }) => {
      if (typeof messages.quickExit?.label === 'string') {
        exitLabels.set(lang, messages.quickExit.label);
        onLoaded();
      }
    })
    .catch(() => {
      // English stays, as the widget's would.
    });
  return en.quickExit.label;
}

/** hotline-widget/static, imported from static.mjs beside this script when first needed (about 100 KB). */
type StaticModule = typeof import('../static/index.js');
let staticModule: Promise<StaticModule> | null = null;
function staticRenderer(): Promise<StaticModule> {
  staticModule ??= (import(new URL('static.mjs', location.href).href) as Promise<StaticModule>).catch((error: unknown) => {
    // Asked again next time: a file that could not be read now may be there later.
    staticModule = null;
    throw error;
  });
  return staticModule;
}

/**
 * The banner with its help written in, for one country and one language: renderStatic's fallback
 * with the page's own lines and words, or why there is none.
 */
async function writtenIn(tag: ScriptTagOptions, settings: Checked['settings']): Promise<{ code: string } | { why: string }> {
  if (!settings.components.includes('banner')) return { why: 'The banner is not among your choices.' };
  if (!settings.country || !settings.lang) return { why: 'Choose a country and a language above: the written-in help is for one of each.' };
  try {
    const { renderStatic } = await staticRenderer();
    // The form's lines are the site owner's, as typed; renderStatic checks them again as the widget does.
    const hotlines = settings.hotlines as unknown as OwnHotlineConfig[];
    const fallback = renderStatic({ country: settings.country, lang: settings.lang, format: 'fallback', hotlines, strings: settings.strings });
    return { code: writtenInMarkup(tag, settings, fallback) };
  } catch (error) {
    return { why: `The help could not be written (${error instanceof Error ? error.message : String(error)}).` };
  }
}

const setText = (id: string, text: string) => {
  const element = byId(id);
  if (element.textContent !== text) element.textContent = text;
};

function start(): void {
  const { state: initial, problems } = fromAddress(location.search);
  const form = createForm((what) => {
    announcer().textContent = what;
    update();
  });
  form.write(initial);
  if (problems.length) {
    byId('address-problems-list').replaceChildren(...problems.map((problem) => el('li', {}, problem)));
    byId('address-problems').hidden = false;
  }
  const preview = createPreview();
  byId('preview-reload').addEventListener('click', () => preview.reload());
  setUpCopyButtons();

  let timer = 0;
  let writtenInRequests = 0;
  function update(): void {
    clearTimeout(timer);
    const state = form.read();
    const address = `${location.pathname}${toAddress(state)}${location.hash}`;
    writeAddress(address);
    const checked = checkState(state);
    const source = scriptSource(state, location.href);
    form.show(checked, source.problem);
    render(state, checked, source.url ?? scriptSource({ source: 'this', src: '' }, location.href).url!, source.origin);
    // The address to share is the state's, even while the browser holds back the change of location.
    setText('share-address', new URL(address, location.href).href);
    // The source of the script and the CSP choices change nothing in the preview.
    preview.show(toAddress({ ...state, source: 'this', src: '', litOnPage: false }));
  }
  byId('configurator').addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(update, 250);
  });
  byId('configurator').addEventListener('change', update);

  function render(state: ConfiguratorState, checked: Checked, url: string, origin: string | null): void {
    const { settings } = checked;
    const tag: ScriptTagOptions = { url, integrity: integrity ?? null };
    const lang = settings.lang ?? 'auto';
    const fallback: FallbackOptions = {
      destination: pageExitDestination(settings.exitUrl, settings.country ?? null),
      label: settings.strings['quickExit.label'] ?? exitLabel(lang, update),
      ...(settings.lang ? { lang: settings.lang } : {}),
    };
    setText('code-script', scriptSnippet(tag, settings));
    setText('code-elements', elementsSnippet(tag, settings, fallback));
    setText('code-csp', contentSecurityPolicy({ origin, nonce: false, litOnPage: state.litOnPage }));
    setText('code-csp-nonce', contentSecurityPolicy({ origin, nonce: true, litOnPage: state.litOnPage }));
    setText('code-fallback', fallbackSnippet(settings, fallback));
    setText('code-reserve-css', RESERVE_CSS);
    setText('code-reserve-markup', reserveMarkup(tag, settings));
    setText('integrity-status', integrity === undefined ? 'Reading the integrity hash from ../sri.json…' : integrity === null ? integrityProblem : '');
    byId('integrity-status').hidden = integrity !== undefined && integrity !== null;
    setText('fallback-language', lang === 'auto' ? 'The link is in English: with the language automatic, write it in your page\'s language.' : `The link is in ${LANGUAGE_NAMES[lang] ?? lang}, as the button will be.`);
    const banner = settings.components.includes('banner');
    byId('reserve-code').hidden = !banner;
    byId('reserve-none').hidden = banner;
    const asked = ++writtenInRequests;
    void writtenIn(tag, settings).then((result) => {
      // A later choice has asked again: its answer is the one to show.
      if (asked !== writtenInRequests) return;
      setText('code-written-in', 'code' in result ? result.code : '');
      setText('written-in-why', 'why' in result ? result.why : '');
      byId('written-in-code').hidden = !('code' in result);
      byId('written-in-why').hidden = 'code' in result;
    });
    setText(
      'preview-caption',
      `Showing: ${describeCountry(settings)}; language ${settings.lang ? `${LANGUAGE_NAMES[settings.lang] ?? settings.lang} (${settings.lang})` : 'automatic (the sample page is in English)'}; ${
        settings.components.length ? settings.components.join(', ').replace('quick-exit', 'quick exit') : 'no element (the shortcuts still work)'
      }.${settings.target ? ' Where it mounts is your page\'s: here the banner shows where the script is.' : ''}`,
    );
  }

  update();
  void readIntegrity().then(update);
}

start();
