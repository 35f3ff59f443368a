// A React 19 component with the three elements. `npm install hotline-widget`,
// then import this file's two lines at the top of your app once.
import 'hotline-widget/define.js'; // registers <hotline-banner>, <hotline-signs-checklist>, <hotline-quick-exit>
import type {} from 'hotline-widget/react'; // their JSX types
import type { HotlineBanner, HotlineContactEvent } from 'hotline-widget';
import { useEffect, useRef } from 'react';

export function HelpPanel() {
  const banner = useRef<HotlineBanner>(null);

  // The quick exit announces itself on document, not on the element.
  useEffect(() => {
    const onExit = () => console.info('leaving the page');
    document.addEventListener('hotline-exit', onExit);
    return () => document.removeEventListener('hotline-exit', onExit);
  }, []);

  // Which channel was used, never who used it.
  const onContact = (event: HotlineContactEvent) => console.info(event.detail.channel, event.detail.country);

  return (
    <aside className="help" aria-label="Help">
      <hotline-banner ref={banner} country="GB" variant="compact" onhotline-contact={onContact} />
      <hotline-signs-checklist country="GB" audience="hospitality" class="signs" />
      <hotline-quick-exit href="https://www.bbc.co.uk/weather" position="bottom-end" new-tab={false}>
        <a href="https://www.bbc.co.uk/weather" rel="noreferrer">Leave this page</a>
      </hotline-quick-exit>
    </aside>
  );
}
