// Import once, in your app's entry (or a root +layout.ts in SvelteKit, in the
// browser only): registers the three elements and gives Svelte's checker their
// attributes and events.
import 'hotline-widget/define.js';
import type {} from 'hotline-widget/svelte';
