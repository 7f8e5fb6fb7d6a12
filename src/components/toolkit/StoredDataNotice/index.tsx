import type {ReactNode} from 'react';
import {STORED_DATA_TEXT} from '@site/src/data/storedDataNoticeText';
import type {StoredDataError, StoredDataProblem} from '@site/src/utils/versionedStorage';

/** What the reader is told when the browser's saved data for a tool cannot be used. */
export function storedDataMessage(problem: StoredDataProblem): string {
  switch (problem) {
    case 'unavailable':
      return STORED_DATA_TEXT.unavailable;
    case 'unknown-version':
      return STORED_DATA_TEXT.unknownVersion;
    default:
      return STORED_DATA_TEXT.damaged;
  }
}

/** An alert naming the problem, or nothing when there is none. */
export default function StoredDataNotice({error}: {error: StoredDataError | null}): ReactNode {
  if (!error) return null;
  return (
    <div role="alert" className="alert alert--warning margin-bottom--md">
      {storedDataMessage(error.problem)}
    </div>
  );
}
