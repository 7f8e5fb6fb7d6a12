import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import type {StoredDataError, StoredDataProblem} from '@site/src/utils/versionedStorage';

/** What the reader is told when the browser's saved data for a tool cannot be used. */
export function storedDataMessage(problem: StoredDataProblem): string {
  switch (problem) {
    case 'unavailable':
      return translate({
        id: 'storedDataNotice.unavailable',
        message:
          'Trình duyệt không cho lưu dữ liệu (có thể do chế độ riêng tư hoặc bộ nhớ đã đầy), nên tiến độ sẽ không được giữ lại khi tải lại trang.',
      });
    case 'unknown-version':
      return translate({
        id: 'storedDataNotice.unknownVersion',
        message:
          'Dữ liệu đã lưu thuộc một phiên bản khác của cẩm nang nên không đọc được. Trang bắt đầu lại từ đầu; dữ liệu khác không bị ảnh hưởng.',
      });
    default:
      return translate({
        id: 'storedDataNotice.damaged',
        message:
          'Dữ liệu đã lưu trong trình duyệt bị hỏng hoặc đã bị sửa nên không dùng được. Trang bắt đầu lại từ đầu; dữ liệu khác không bị ảnh hưởng.',
      });
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
