/**
 * Copy buttons: each copies the text of the code block it names, and says so
 * in its own live region; where the browser refuses the clipboard, the text is
 * selected and the person is told to press Ctrl+C.
 */
import { byId } from './dom.js';

export function setUpCopyButtons(root: ParentNode = document): void {
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
    if (button) void copy(button);
  });
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const source = byId(button.dataset.copy!);
  const status = byId(`${button.dataset.copy}-status`);
  const text = source.textContent ?? '';
  status.textContent = '';
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied';
  } catch {
    const range = document.createRange();
    range.selectNodeContents(source);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    status.textContent = 'Press Ctrl+C (⌘C on a Mac) to copy the selected code.';
  }
}
