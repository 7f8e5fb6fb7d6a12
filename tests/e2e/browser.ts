// The Chromium the end-to-end tests drive, shared with the repository's scripts.
export {CHROMIUM_ARGS, findChromium} from '../../scripts/lib/chromium.mjs';
