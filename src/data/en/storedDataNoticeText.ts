import type {StoredDataText} from '../storedDataNoticeText';

/**
 * What a toolkit page says when the browser's saved data cannot be used (English here,
 * Vietnamese in src/data/storedDataNoticeText.ts), by problem.
 */
export const STORED_DATA_TEXT: StoredDataText = {
  unavailable:
    'Your browser is not letting this page save data (private browsing, or storage is full), so your progress will not be kept when you reload the page.',
  unknownVersion:
    'The saved data comes from a different version of the playbook and cannot be read. The page has started fresh; no other saved data was touched.',
  damaged:
    'The data saved in your browser is damaged or has been edited, so it cannot be used. The page has started fresh; no other saved data was touched.',
};
