/**
 * Issue 7, hostile host CSS: a page with `* { all: unset }`, `* { box-sizing:
 * content-box !important }`, `button, a { display: none !important }`,
 * `html { font-size: 5px }`, `h1 { position: relative; z-index: 99999 }` and a
 * cookie banner at z-index 2147483647. The widget looks and works as on a plain
 * page (the size of every part, and a screenshot), and the host's own layout
 * is the same with the widget as without it.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { expectClean, openPage, type HostPage } from './host.js';

const WIDGET = 'hotline-banner, hotline-signs-checklist, hotline-quick-exit';

/** The size of every element in the widget's shadow trees, in order. */
function partSizes(page: HostPage): string[] {
  return [...page.document.querySelectorAll(WIDGET)].flatMap((host) =>
    [...host.shadowRoot!.querySelectorAll('*')].map((element) => {
      const box = element.getBoundingClientRect();
      return `${host.localName} ${element.localName}.${element.getAttribute('class') ?? ''} ${Math.round(box.width)}x${Math.round(box.height)}`;
    }),
  );
}

/** The pixels of `element` as the browser shows them (the frame sits at the top left of the viewport). */
async function pixels(page: HostPage, element: Element): Promise<ImageData> {
  // Only the element: the quick exit, fixed at the top, would cover a different part of it on each page.
  page.document.querySelector<HTMLElement>('hotline-quick-exit')?.style.setProperty('visibility', 'hidden');
  element.scrollIntoView({ block: 'start' });
  await new Promise((resolve) => page.window.requestAnimationFrame(() => setTimeout(resolve, 50)));
  const frame = page.frame.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  const clip = { x: Math.round(frame.left + box.left), y: Math.round(frame.top + box.top), width: Math.round(box.width), height: Math.round(Math.min(box.height, frame.height - box.top)) };
  const { png, cropped } = (await executeServerCommand('screenshot', clip)) as { png: string; cropped: boolean };
  const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(clip.width, clip.height);
  const context = canvas.getContext('2d')!;
  const scale = cropped ? 1 : image.width / window.innerWidth;
  if (cropped) context.drawImage(image, 0, 0);
  else context.drawImage(image, clip.x * scale, clip.y * scale, clip.width * scale, clip.height * scale, 0, 0, clip.width, clip.height);
  return context.getImageData(0, 0, clip.width, clip.height);
}

/**
 * The share of pixels of `a` with no pixel of the same colour (within a small
 * tolerance) at the same place in `b` or one pixel away: text laid out from a
 * fractional position lands a pixel lower on one page, and looks the same.
 */
function difference(a: ImageData, b: ImageData): number {
  expect([b.width, b.height]).to.deep.equal([a.width, a.height]);
  const close = (i: number, j: number) => [0, 1, 2].every((channel) => Math.abs(a.data[i + channel]! - b.data[j + channel]!) <= 48);
  let differing = 0;
  for (let y = 0; y < a.height; y += 1) {
    for (let x = 0; x < a.width; x += 1) {
      const i = (y * a.width + x) * 4;
      let matched = false;
      for (let dy = -1; dy <= 1 && !matched; dy += 1) {
        for (let dx = -1; dx <= 1 && !matched; dx += 1) {
          const [bx, by] = [x + dx, y + dy];
          if (bx >= 0 && by >= 0 && bx < a.width && by < a.height) matched = close(i, (by * a.width + bx) * 4);
        }
      }
      if (!matched) differing += 1;
    }
  }
  return differing / (a.width * a.height);
}

describe('embed: hostile host CSS', () => {
  it('every part of the widget has the size it has on a plain page', async () => {
    const plain = partSizes(await openPage('/embed/plain.html?fixed=1'));
    const hostile = partSizes(await openPage('/embed/hostile.html'));
    expect(hostile).to.deep.equal(plain);
  });

  it('the banner looks the same (screenshots compared)', async () => {
    const plainPage = await openPage('/embed/plain.html?fixed=1');
    const plain = await pixels(plainPage, plainPage.document.querySelector('hotline-banner')!);
    const hostilePage = await openPage('/embed/hostile.html');
    const hostile = await pixels(hostilePage, hostilePage.document.querySelector('hotline-banner')!);
    expect(plain.width).to.be.greaterThan(300);
    expect(difference(plain, hostile)).to.be.below(0.01);
  });

  it('works the same: the checklist answers, the quick exit is on top and where it belongs, the skip link shows on focus', async () => {
    const page = await openPage('/embed/hostile.html');
    const checklist = page.document.querySelector('hotline-signs-checklist') as HTMLElement & { updateComplete: Promise<unknown> };
    checklist.shadowRoot!.querySelector<HTMLInputElement>('input[value="gp-urgent-1"]')!.click();
    await checklist.updateComplete;
    expect(checklist.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('999');
    const exit = page.document.querySelector('hotline-quick-exit')!;
    const button = exit.shadowRoot!.querySelector('[part="button"]')!.getBoundingClientRect();
    expect(page.window.getComputedStyle(exit).position).to.equal('fixed');
    expect(button.top).to.be.within(0, 40);
    expect(page.window.innerWidth - button.right).to.be.within(0, 40);
    expect(page.document.elementFromPoint(button.left + button.width / 2, button.top + button.height / 2)).to.equal(exit);
    // A quick exit that is not first in the page brings a skip link, which shows on focus.
    const late = page.document.createElement('hotline-quick-exit');
    page.document.body.append(late);
    await (late as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const skip = page.document.querySelector<HTMLAnchorElement>('[data-hotline-skip-link]')!;
    skip.focus();
    const box = skip.getBoundingClientRect();
    expect(box.width, 'skip link width on focus').to.be.greaterThan(40);
    expect(box.height, 'skip link height on focus').to.be.at.least(44);
    late.remove();
    expectClean(page.recorded);
  });

  it("the host's own layout is the same with the widget as without it", async () => {
    const layout = (page: HostPage) =>
      ['h1', 'main > p', '#cookie-banner'].map((selector) => {
        const element = page.document.querySelector(selector)!;
        const box = element.getBoundingClientRect();
        const style = page.window.getComputedStyle(element);
        return `${selector} ${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}x${Math.round(box.height)} ${style.fontSize} ${style.color} ${style.position}`;
      });
    const without = await openPage('/embed/hostile.html?widget=0', { ready: false });
    const expected = layout(without);
    const withWidget = await openPage('/embed/hostile.html');
    expect(layout(withWidget)).to.deep.equal(expected);
    expect(withWidget.window.getComputedStyle(withWidget.document.documentElement).fontSize).to.equal('5px');
  });
});
