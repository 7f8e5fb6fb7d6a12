import {translate} from '@docusaurus/Translate';

/** The four phases of the AI CoE process, in order, worded as the owner's source page words them. */
export type PhaseId = 'prepare' | 'assess' | 'plan' | 'monitor-improve';

/** Names of the phase pictograms drawn by src/components/PhaseIcon. */
export type PhaseIconName = 'foundation' | 'magnifier' | 'route' | 'gauge';

export interface PhasePoint {
  /** Anchor of the step that explains this point on the phase page. */
  readonly anchor: string;
  readonly text: string;
}

export interface Phase {
  readonly id: PhaseId;
  /** Position in the process, shown as "1." to "4.". */
  readonly number: 1 | 2 | 3 | 4;
  readonly title: string;
  /** One sentence on what the phase achieves, for cards and overviews. */
  readonly summary: string;
  /** The source page's three points for the phase, in its order. */
  readonly points: readonly PhasePoint[];
  /** Site-relative path of the phase page, without locale prefix. */
  readonly path: string;
  readonly icon: PhaseIconName;
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
    points: [
      {
        anchor: 'business-case',
        text: translate({
          id: 'phases.prepare.point.businessCase',
          message:
            'Xây dựng cơ sở kinh doanh cho AI (business case) để xác định giá trị và lợi ích của AI.',
        }),
      },
      {
        anchor: 'form-the-team',
        text: translate({
          id: 'phases.prepare.point.formTheTeam',
          message:
            'Thành lập đội ngũ AI CoE với sự tham gia của các chuyên gia từ SISU và các phòng ban liên quan.',
        }),
      },
      {
        anchor: 'resources',
        text: translate({
          id: 'phases.prepare.point.resources',
          message: 'Xác định nguồn lực cần thiết, bao gồm ngân sách, công nghệ và nhân sự.',
        }),
      },
    ],
    path: '/quy-trinh/chuan-bi',
    icon: 'foundation',
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
    points: [
      {
        anchor: 'current-state',
        text: translate({
          id: 'phases.assess.point.currentState',
          message:
            'Đánh giá hiện trạng AI trong tổ chức, bao gồm các công nghệ hiện có và mức độ sẵn sàng của doanh nghiệp.',
        }),
      },
      {
        anchor: 'benchmark-gaps',
        text: translate({
          id: 'phases.assess.point.benchmarkGaps',
          message:
            'So sánh với các tiêu chuẩn AI CoE để xác định khoảng cách và các lĩnh vực cần cải thiện.',
        }),
      },
      {
        anchor: 'stakeholder-input',
        text: translate({
          id: 'phases.assess.point.stakeholderInput',
          message:
            'Thu thập ý kiến từ các bên liên quan để đảm bảo chiến lược AI phù hợp với nhu cầu thực tế.',
        }),
      },
    ],
    path: '/quy-trinh/danh-gia',
    icon: 'magnifier',
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
    points: [
      {
        anchor: 'strategy-and-action-plan',
        text: translate({
          id: 'phases.plan.point.strategy',
          message: 'Xây dựng chiến lược AI và kế hoạch hành động cụ thể.',
        }),
      },
      {
        anchor: 'poc-to-scale',
        text: translate({
          id: 'phases.plan.point.pocToScale',
          message:
            'Xác định các bước triển khai chính, từ thử nghiệm (PoC) đến mở rộng quy mô AI trong toàn tổ chức.',
        }),
      },
      {
        anchor: 'governance',
        text: translate({
          id: 'phases.plan.point.governance',
          message:
            'Thiết lập các quy trình quản trị AI để đảm bảo tính minh bạch, tuân thủ và hiệu quả.',
        }),
      },
    ],
    path: '/quy-trinh/lap-ke-hoach',
    icon: 'route',
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
    points: [
      {
        anchor: 'monitoring',
        text: translate({
          id: 'phases.monitorImprove.point.monitoring',
          message: 'Phát triển cơ chế theo dõi và đánh giá hiệu quả triển khai AI.',
        }),
      },
      {
        anchor: 'kpis',
        text: translate({
          id: 'phases.monitorImprove.point.kpis',
          message:
            'Xác định các chỉ số đo lường quan trọng (KPI) để theo dõi tiến độ và tác động của AI.',
        }),
      },
      {
        anchor: 'continuous-improvement',
        text: translate({
          id: 'phases.monitorImprove.point.continuousImprovement',
          message:
            'Liên tục cải tiến chiến lược AI dựa trên dữ liệu thực tế và phản hồi từ các bên liên quan.',
        }),
      },
    ],
    path: '/quy-trinh/theo-doi-va-cai-tien',
    icon: 'gauge',
  },
};

/** The phases in process order. */
export const PHASE_ORDER: readonly Phase[] = Object.values(PHASES).sort(
  (a, b) => a.number - b.number,
);

/** The phase that Theo Dõi và Cải Tiến loops back into. */
export const LOOP_BACK_TO: PhaseId = 'plan';
