import {translate} from '@docusaurus/Translate';

/** The four phases of the AI CoE process, in order, as the source page names them. */
export type PhaseId = 'prepare' | 'assess' | 'plan' | 'monitor-improve';

export interface Phase {
  readonly id: PhaseId;
  /** Position in the process, shown as "1." to "4.". */
  readonly number: 1 | 2 | 3 | 4;
  readonly title: string;
  /** One sentence on what the phase achieves, for cards and overviews. */
  readonly summary: string;
  /** Site-relative path of the phase page, without locale prefix. */
  readonly path: string;
}

export const PHASES: Readonly<Record<PhaseId, Phase>> = {
  prepare: {
    id: 'prepare',
    number: 1,
    title: translate({id: 'phases.prepare.title', message: 'Chuẩn Bị'}),
    summary: translate({
      id: 'phases.prepare.summary',
      message:
        'Xây dựng cơ sở kinh doanh cho AI, thành lập đội ngũ AI CoE và xác định ngân sách, công nghệ, nhân sự cần có.',
    }),
    path: '/quy-trinh/chuan-bi',
  },
  assess: {
    id: 'assess',
    number: 2,
    title: translate({id: 'phases.assess.title', message: 'Đánh Giá'}),
    summary: translate({
      id: 'phases.assess.summary',
      message:
        'Đánh giá hiện trạng và mức độ sẵn sàng cho AI, so với tiêu chuẩn AI CoE, và lắng nghe các bên liên quan.',
    }),
    path: '/quy-trinh/danh-gia',
  },
  plan: {
    id: 'plan',
    number: 3,
    title: translate({id: 'phases.plan.title', message: 'Lập Kế Hoạch'}),
    summary: translate({
      id: 'phases.plan.summary',
      message:
        'Viết chiến lược AI và kế hoạch hành động, vạch lộ trình từ thử nghiệm (PoC) đến mở rộng quy mô, và thiết lập quản trị AI.',
    }),
    path: '/quy-trinh/lap-ke-hoach',
  },
  'monitor-improve': {
    id: 'monitor-improve',
    number: 4,
    title: translate({id: 'phases.monitorImprove.title', message: 'Theo Dõi và Cải Tiến'}),
    summary: translate({
      id: 'phases.monitorImprove.summary',
      message:
        'Theo dõi hiệu quả bằng các KPI, học từ dữ liệu thực tế và phản hồi, rồi cải tiến chiến lược AI.',
    }),
    path: '/quy-trinh/theo-doi-va-cai-tien',
  },
};

/** The phases in process order. */
export const PHASE_ORDER: readonly Phase[] = Object.values(PHASES).sort(
  (a, b) => a.number - b.number,
);
