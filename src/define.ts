/** `import 'hotline-widget/define.js'`: registers all three elements (twice is harmless). */
import './quick-exit.js';
import './banner.js';
import './signs-checklist.js';
