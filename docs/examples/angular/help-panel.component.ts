// An Angular standalone component with the three elements.
// CUSTOM_ELEMENTS_SCHEMA tells Angular's compiler that tags with a dash it does
// not know are custom elements: without it, the build fails with
// "'hotline-banner' is not a known element".
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'hotline-widget/define.js'; // registers <hotline-banner>, <hotline-signs-checklist>, <hotline-quick-exit>
import type { HotlineContactEvent } from 'hotline-widget';

@Component({
  selector: 'app-help-panel',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <aside class="help" aria-label="Help">
      <hotline-banner country="GB" variant="compact" (hotline-contact)="onContact($event)"></hotline-banner>
      <hotline-signs-checklist country="GB" audience="hospitality" class="signs"></hotline-signs-checklist>
      <hotline-quick-exit href="https://www.bbc.co.uk/weather" position="bottom-end" new-tab>
        <a href="https://www.bbc.co.uk/weather" rel="noreferrer">Leave this page</a>
      </hotline-quick-exit>
    </aside>
  `,
})
export class HelpPanelComponent {
  /** Which channel was used, never who used it. */
  onContact(event: Event): void {
    const { channel, country } = (event as HotlineContactEvent).detail;
    console.info(channel, country);
  }
}
