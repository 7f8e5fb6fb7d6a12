import {translate} from '@docusaurus/Translate';
import type {PhaseId} from './phases';
import type {StakeholderId} from './stakeholders';

/**
 * The source page's "Hợp Tác để Thành Công" section, word for word: its opening, the
 * three circles of people it names, and the paragraph on leadership.
 */
export type CircleId = 'departments' | 'innovators' | 'leadership';

export interface CollaborationCircle {
  readonly id: CircleId;
  readonly label: string;
  /** The source's bullet for this circle. */
  readonly sourceText: string;
  readonly members: readonly StakeholderId[];
}

export const COLLABORATION_INTRO = translate({
  id: 'collaboration.intro',
  message:
    'Quy trình triển khai AI CoE có thể áp dụng cho nhiều loại hình doanh nghiệp với quy mô khác nhau. Để đảm bảo sự thành công, doanh nghiệp cần có sự hợp tác của nhiều bên liên quan, bao gồm:',
});

export const COLLABORATION_CIRCLES: readonly CollaborationCircle[] = [
  {
    id: 'departments',
    label: translate({id: 'collaboration.circle.departments.label', message: 'Các bộ phận'}),
    sourceText: translate({
      id: 'collaboration.circle.departments.source',
      message: 'Các bộ phận như công nghệ, dữ liệu, nhân sự, vận hành và quản lý rủi ro.',
    }),
    members: ['technology', 'data', 'hr', 'operations', 'risk'],
  },
  {
    id: 'innovators',
    label: translate({
      id: 'collaboration.circle.innovators.label',
      message: 'Người tiên phong đổi mới',
    }),
    sourceText: translate({
      id: 'collaboration.circle.innovators.source',
      message: 'Nhân sự và lãnh đạo quan tâm đến việc thúc đẩy đổi mới sáng tạo thông qua AI.',
    }),
    members: ['innovation-champions'],
  },
  {
    id: 'leadership',
    label: translate({
      id: 'collaboration.circle.leadership.label',
      message: 'Ban lãnh đạo cấp cao',
    }),
    sourceText: translate({
      id: 'collaboration.circle.leadership.source',
      message:
        'Ban lãnh đạo cấp cao đóng vai trò quan trọng trong việc định hướng và hỗ trợ chính sách AI.',
    }),
    members: ['senior-leadership'],
  },
];

export const LEADERSHIP_ROLE = translate({
  id: 'collaboration.leadershipRole',
  message:
    'Ban lãnh đạo cần đóng vai trò dẫn dắt, hỗ trợ và định hướng chiến lược AI, tạo ra một văn hóa doanh nghiệp sẵn sàng cho AI. Điều này không chỉ giúp AI được triển khai hiệu quả mà còn đảm bảo sự bền vững và thành công của doanh nghiệp trong tương lai.',
});

/** What the roles table cannot say in one word: who else joins a phase, and who decides. */
export const PHASE_ROLE_NOTES: Readonly<Record<PhaseId, string>> = {
  prepare: translate({
    id: 'collaboration.roleNote.prepare',
    message:
      'Lãnh đạo bảo trợ và trưởng AI CoE cùng dẫn dắt; bộ phận tài chính tham gia, cùng các chuyên gia từ SISU, tức các cố vấn AI bên ngoài làm việc cùng đội ngũ nội bộ.',
  }),
  assess: translate({
    id: 'collaboration.roleNote.assess',
    message:
      'Lãnh đạo bảo trợ yêu cầu các đơn vị cử người và cung cấp tài liệu; cuối giai đoạn, ban chỉ đạo AI do lãnh đạo bảo trợ chủ trì quyết định có chuyển sang Lập Kế Hoạch hay không.',
  }),
  plan: translate({
    id: 'collaboration.roleNote.plan',
    message:
      'Ban lãnh đạo cấp cao phê duyệt; pháp chế tham gia cùng quản lý rủi ro; toàn thể nhân viên được thông báo về lộ trình và chính sách AI.',
  }),
  'monitor-improve': translate({
    id: 'collaboration.roleNote.monitorImprove',
    message:
      'Người chịu trách nhiệm nghiệp vụ của từng ca sử dụng cùng dẫn dắt; người dùng cuối góp phản hồi; ban lãnh đạo cấp cao ra quyết định qua ban chỉ đạo AI.',
  }),
};
