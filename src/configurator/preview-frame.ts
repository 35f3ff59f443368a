/**
 * The configurator's side of the preview: the sandboxed frame showing
 * preview.html for the current address, its width (a phone's or a desktop's)
 * and colours (light or dark: the frame's color-scheme, which the widget's
 * automatic theme follows), reloaded without adding to the browser's history.
 */
import { byId } from './dom.js';

const RELOAD_DELAY_MS = 400;

export interface Preview {
  /** Shows preview.html for this query (`?country=…`), soon, unless it already does. */
  show(query: string): void;
  reload(): void;
}

export function createPreview(): Preview {
  const frame = byId<HTMLIFrameElement>('preview');
  const width = byId<HTMLSelectElement>('preview-width');
  const colours = byId<HTMLSelectElement>('preview-colours');
  const coloursNote = byId('preview-colours-note');
  let shown: string | null = null;
  let wanted = '';
  let timer = 0;

  const address = (query: string) => new URL(`preview.html${query}`, location.href).href;

  function load(): void {
    shown = wanted;
    const url = address(wanted);
    // The first load replaces the frame's initial blank page; later ones replace the preview in its
    // place, so that Back leaves the configurator instead of stepping through previews.
    if (!frame.getAttribute('src')) frame.src = url;
    else frame.contentWindow?.location.replace(url);
  }

  function layout(): void {
    frame.classList.toggle('phone', width.value === 'phone');
    frame.classList.toggle('desktop', width.value === 'desktop');
    frame.classList.toggle('dark', colours.value === 'dark');
    frame.classList.toggle('light', colours.value === 'light');
  }
  /**
   * Says so when the preview is not in the colours chosen: Chromium and Firefox
   * give a frame's page the frame's color-scheme as its preference, but WebKit
   * (Safari) keeps the device's, and the select would silently do nothing.
   */
  function checkColours(): void {
    let follows = true;
    try {
      const preview = frame.contentWindow;
      if (preview && colours.value !== 'device') follows = preview.matchMedia(`(prefers-color-scheme: ${colours.value})`).matches;
    } catch {
      // A page of another origin in the frame: nothing to say about it.
    }
    coloursNote.hidden = follows;
  }

  width.addEventListener('change', layout);
  colours.addEventListener('change', () => {
    layout();
    // Once the frame's new colours have reached its page.
    requestAnimationFrame(() => requestAnimationFrame(checkColours));
  });
  frame.addEventListener('load', checkColours);
  layout();

  return {
    show(query) {
      wanted = query;
      clearTimeout(timer);
      if (shown === null) load();
      else if (query !== shown) timer = window.setTimeout(load, RELOAD_DELAY_MS);
    },
    reload() {
      clearTimeout(timer);
      load();
    },
  };
}
