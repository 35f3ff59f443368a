/**
 * The four public events (contract section 4). Each is a typed `Event`
 * subclass so that listeners get a typed `detail`, registered in
 * `GlobalEventHandlersEventMap` for `addEventListener` in TypeScript.
 * All bubble and are composed; none carries personal data.
 */

export type ExitTrigger = 'click' | 'keyboard' | 'api';
export type ContactChannel = 'call' | 'text' | 'chat' | 'email' | 'web';

abstract class HotlineEvent<T> extends CustomEvent<T> {
  constructor(type: string, detail: T) {
    // Never cancelable: nothing a host does may stop an exit or a contact.
    super(type, { bubbles: true, composed: true, cancelable: false, detail });
  }
}

/** On `document` once the script has mounted what it was asked to. */
export class HotlineReadyEvent extends HotlineEvent<{ country: string | null; lang: string }> {
  constructor(detail: { country: string | null; lang: string }) {
    super('hotline-ready', detail);
  }
}

/** The quick exit has started. Fired before leaving; cannot be cancelled. */
export class HotlineExitEvent extends HotlineEvent<{ trigger: ExitTrigger }> {
  constructor(detail: { trigger: ExitTrigger }) {
    super('hotline-exit', detail);
  }
}

/** A contact link (call, text, chat, email, web) was activated. */
export class HotlineContactEvent extends HotlineEvent<{ channel: ContactChannel; country: string | null }> {
  constructor(detail: { channel: ContactChannel; country: string | null }) {
    super('hotline-contact', detail);
  }
}

/** Bad configuration or data; the widget still shows what it can. */
export class HotlineErrorEvent extends HotlineEvent<{ message: string }> {
  constructor(detail: { message: string }) {
    super('hotline-error', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hotline-ready': HotlineReadyEvent;
    'hotline-exit': HotlineExitEvent;
    'hotline-contact': HotlineContactEvent;
    'hotline-error': HotlineErrorEvent;
  }
}
