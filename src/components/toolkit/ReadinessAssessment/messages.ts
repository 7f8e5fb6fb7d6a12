import {translate} from '@docusaurus/Translate';
import type {ImportProblem} from '@site/src/utils/assessmentExchange';

/** Why a file or a share link could not be read, in the reader's language. */
export function importMessage(problem: ImportProblem): string {
  switch (problem) {
    case 'not-json':
      return translate({
        id: 'readinessAssessment.import.notJson',
        message:
          'Tệp này không phải tệp JSON nên không đọc được. Các câu trả lời hiện có vẫn được giữ nguyên.',
      });
    case 'wrong-format':
      return translate({
        id: 'readinessAssessment.import.wrongFormat',
        message:
          'Tệp này không phải bản xuất của bài tự đánh giá mức sẵn sàng. Các câu trả lời hiện có vẫn được giữ nguyên.',
      });
    case 'unsupported-version':
      return translate({
        id: 'readinessAssessment.import.unsupportedVersion',
        message:
          'Dữ liệu này được tạo từ một phiên bản khác của cẩm nang nên không đọc được. Các câu trả lời hiện có vẫn được giữ nguyên.',
      });
    case 'invalid-answers':
      return translate({
        id: 'readinessAssessment.import.invalidAnswers',
        message:
          'Tệp có câu hỏi hoặc mức đánh giá mà cẩm nang không có, có thể do đã bị sửa tay. Các câu trả lời hiện có vẫn được giữ nguyên.',
      });
    case 'damaged-link':
      return translate({
        id: 'readinessAssessment.import.damagedLink',
        message:
          'Liên kết chia sẻ bị hỏng hoặc đã bị sửa nên không hiển thị được kết quả. Trang hiển thị các câu trả lời đã lưu trong trình duyệt của bạn.',
      });
  }
}
