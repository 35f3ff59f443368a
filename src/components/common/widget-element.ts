/**
 * What every element of the widget is: a LitElement that an error in its own
 * rendering cannot take down with it. The error is said once (console and
 * `hotline-error`), the element keeps what it last showed and renders again
 * on its next change; the page, the other elements and the quick exit go on.
 */
import { LitElement } from 'lit';
import { reportProblem } from '../../config/report.js';
import { whenNeeded } from './when-needed.js';

export class WidgetElement extends LitElement {
  #reported = false;

  /**
   * The quick exit renders at once; the banner and the checklist first when they are needed
   * (when-needed.ts). The page's country's lines are asked for before, when the drop-in script
   * resolves the page's context; a file only the element needs (its own country's lines, the
   * checklist's audience) when it renders.
   */
  declare static renderAtOnce?: boolean;

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hasUpdated || (this.constructor as typeof WidgetElement).renderAtOnce ? super.scheduleUpdate() : whenNeeded(this).then(() => super.scheduleUpdate());
  }

  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      // Lit has already made the element ready for its next update.
      if (this.#reported) return;
      this.#reported = true;
      reportProblem(this, `<${this.localName}> could not be shown (${error instanceof Error ? error.message : String(error)}); it keeps what it showed, and the rest of the widget works.`);
    }
  }
}
