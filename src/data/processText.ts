import {translate} from '@docusaurus/Translate';
import {
  phasePosition,
  type CircleId,
  type Involvement,
  type PhaseId,
  type StakeholderId,
} from './process';

/**
 * What readers see of the process, in Vietnamese; the English is in i18n/en/code.json.
 * The structure these words describe is in process.ts.
 */

export interface PhaseText {
  readonly title: string;
  /** One sentence on what the phase achieves, for cards and overviews. */
  readonly summary: string;
  /** The source page's three points, in its order (their anchors are in process.ts). */
  readonly points: readonly [string, string, string];
}

/** The phase names and the source page's points, worded as the owner wrote them. */
export const PHASE_TEXT: Readonly<Record<PhaseId, PhaseText>> = {
  prepare: {
    title: translate({id: 'phases.prepare.title', message: 'Chuẩn Bị'}),
    summary: translate({
      id: 'phases.prepare.summary',
      message:
        'Xây dựng cơ sở kinh doanh cho AI, thành lập đội ngũ AI CoE và xác định ngân sách, công nghệ, nhân sự cần có.',
    }),
    points: [
      translate({
        id: 'phases.prepare.point.businessCase',
        message:
          'Xây dựng cơ sở kinh doanh cho AI (business case) để xác định giá trị và lợi ích của AI.',
      }),
      translate({
        id: 'phases.prepare.point.formTheTeam',
        message:
          'Thành lập đội ngũ AI CoE với sự tham gia của các chuyên gia từ SISU và các phòng ban liên quan.',
      }),
      translate({
        id: 'phases.prepare.point.resources',
        message: 'Xác định nguồn lực cần thiết, bao gồm ngân sách, công nghệ và nhân sự.',
      }),
    ],
  },
  assess: {
    title: translate({id: 'phases.assess.title', message: 'Đánh Giá'}),
    summary: translate({
      id: 'phases.assess.summary',
      message:
        'Đánh giá hiện trạng và mức độ sẵn sàng cho AI, so với tiêu chuẩn AI CoE, và lắng nghe các bên liên quan.',
    }),
    points: [
      translate({
        id: 'phases.assess.point.currentState',
        message:
          'Đánh giá hiện trạng AI trong tổ chức, bao gồm các công nghệ hiện có và mức độ sẵn sàng của doanh nghiệp.',
      }),
      translate({
        id: 'phases.assess.point.benchmarkGaps',
        message:
          'So sánh với các tiêu chuẩn AI CoE để xác định khoảng cách và các lĩnh vực cần cải thiện.',
      }),
      translate({
        id: 'phases.assess.point.stakeholderInput',
        message:
          'Thu thập ý kiến từ các bên liên quan để đảm bảo chiến lược AI phù hợp với nhu cầu thực tế.',
      }),
    ],
  },
  plan: {
    title: translate({id: 'phases.plan.title', message: 'Lập Kế Hoạch'}),
    summary: translate({
      id: 'phases.plan.summary',
      message:
        'Viết chiến lược AI và kế hoạch hành động, vạch lộ trình từ thử nghiệm (PoC) đến mở rộng quy mô, và thiết lập quản trị AI.',
    }),
    points: [
      translate({
        id: 'phases.plan.point.strategy',
        message: 'Xây dựng chiến lược AI và kế hoạch hành động cụ thể.',
      }),
      translate({
        id: 'phases.plan.point.pocToScale',
        message:
          'Xác định các bước triển khai chính, từ thử nghiệm (PoC) đến mở rộng quy mô AI trong toàn tổ chức.',
      }),
      translate({
        id: 'phases.plan.point.governance',
        message:
          'Thiết lập các quy trình quản trị AI để đảm bảo tính minh bạch, tuân thủ và hiệu quả.',
      }),
    ],
  },
  'monitor-improve': {
    title: translate({id: 'phases.monitorImprove.title', message: 'Theo Dõi và Cải Tiến'}),
    summary: translate({
      id: 'phases.monitorImprove.summary',
      message:
        'Theo dõi hiệu quả bằng các KPI, học từ dữ liệu thực tế và phản hồi, rồi cải tiến chiến lược AI.',
    }),
    points: [
      translate({
        id: 'phases.monitorImprove.point.monitoring',
        message: 'Phát triển cơ chế theo dõi và đánh giá hiệu quả triển khai AI.',
      }),
      translate({
        id: 'phases.monitorImprove.point.kpis',
        message:
          'Xác định các chỉ số đo lường quan trọng (KPI) để theo dõi tiến độ và tác động của AI.',
      }),
      translate({
        id: 'phases.monitorImprove.point.continuousImprovement',
        message:
          'Liên tục cải tiến chiến lược AI dựa trên dữ liệu thực tế và phản hồi từ các bên liên quan.',
      }),
    ],
  },
};

export interface StakeholderText {
  readonly name: string;
  /** What the group brings that no other group can. */
  readonly contribution: string;
  /** What each phase asks of the group. */
  readonly asks: Readonly<Record<PhaseId, string>>;
}

export const STAKEHOLDER_TEXT: Readonly<Record<StakeholderId, StakeholderText>> = {
  'senior-leadership': {
    name: translate({id: 'stakeholders.seniorLeadership.name', message: 'Ban lãnh đạo cấp cao'}),
    contribution: translate({
      id: 'stakeholders.seniorLeadership.contribution',
      message:
        'Định hướng chiến lược AI, bảo trợ chính sách AI, phân bổ nguồn lực và cử một lãnh đạo bảo trợ chịu trách nhiệm giải trình.',
    }),
    asks: {
      prepare: translate({
        id: 'stakeholders.seniorLeadership.ask.prepare',
        message: 'Cử lãnh đạo bảo trợ, duyệt cơ sở kinh doanh cho AI và cam kết nguồn lực ban đầu.',
      }),
      assess: translate({
        id: 'stakeholders.seniorLeadership.ask.assess',
        message:
          'Qua ban chỉ đạo AI, xem xét kết quả đánh giá, chấp nhận bức tranh thật về mức độ sẵn sàng và quyết định có sang Lập Kế Hoạch hay không.',
      }),
      plan: translate({
        id: 'stakeholders.seniorLeadership.ask.plan',
        message: 'Phê duyệt chiến lược AI, lộ trình, ngân sách và chính sách quản trị AI.',
      }),
      'monitor-improve': translate({
        id: 'stakeholders.seniorLeadership.ask.monitorImprove',
        message:
          'Qua ban chỉ đạo AI, xem xét KPI và quyết định tiếp tục, điều chỉnh hay dừng từng ca sử dụng; phê duyệt khi chiến lược AI cần sửa đổi.',
      }),
    },
  },
  'ai-coe-team': {
    name: translate({id: 'stakeholders.aiCoeTeam.name', message: 'Đội ngũ AI CoE'}),
    contribution: translate({
      id: 'stakeholders.aiCoeTeam.contribution',
      message:
        'Điều phối toàn bộ quy trình: đưa đúng người vào đúng quyết định, xây dựng tiêu chuẩn, nền tảng dùng chung và kinh nghiệm triển khai.',
    }),
    asks: {
      prepare: translate({
        id: 'stakeholders.aiCoeTeam.ask.prepare',
        message: 'Soạn cơ sở kinh doanh, đề xuất mô hình đội ngũ và lập kế hoạch nguồn lực.',
      }),
      assess: translate({
        id: 'stakeholders.aiCoeTeam.ask.assess',
        message: 'Thiết kế và thực hiện đánh giá, tổng hợp khoảng cách và ý kiến các bên.',
      }),
      plan: translate({
        id: 'stakeholders.aiCoeTeam.ask.plan',
        message: 'Soạn chiến lược AI, lộ trình từ PoC đến mở rộng quy mô và quy trình quản trị AI.',
      }),
      'monitor-improve': translate({
        id: 'stakeholders.aiCoeTeam.ask.monitorImprove',
        message: 'Vận hành cơ chế theo dõi, báo cáo KPI và dẫn dắt các vòng cải tiến.',
      }),
    },
  },
  technology: {
    name: translate({id: 'stakeholders.technology.name', message: 'Công nghệ'}),
    contribution: translate({
      id: 'stakeholders.technology.contribution',
      message:
        'Hạ tầng, nền tảng triển khai mô hình, tích hợp với hệ thống lõi và an toàn thông tin.',
    }),
    asks: {
      prepare: translate({
        id: 'stakeholders.technology.ask.prepare',
        message: 'Ước tính chi phí công nghệ và năng lực hạ tầng cho cơ sở kinh doanh.',
      }),
      assess: translate({
        id: 'stakeholders.technology.ask.assess',
        message: 'Kiểm kê hệ thống, nền tảng và công cụ AI đang dùng, kể cả những công cụ tự phát.',
      }),
      plan: translate({
        id: 'stakeholders.technology.ask.plan',
        message: 'Thiết kế nền tảng dùng chung và kế hoạch đưa mô hình vào vận hành.',
      }),
      'monitor-improve': translate({
        id: 'stakeholders.technology.ask.monitorImprove',
        message: 'Theo dõi hiệu năng, chi phí và sự cố của các hệ thống AI đang chạy.',
      }),
    },
  },
  data: {
    name: translate({id: 'stakeholders.data.name', message: 'Dữ liệu'}),
    contribution: translate({
      id: 'stakeholders.data.contribution',
      message: 'Nguồn dữ liệu, chất lượng dữ liệu, quyền truy cập và quản trị dữ liệu.',
    }),
    asks: {
      prepare: translate({
        id: 'stakeholders.data.ask.prepare',
        message: 'Cho biết dữ liệu nào sẵn có cho các ca sử dụng ứng viên.',
      }),
      assess: translate({
        id: 'stakeholders.data.ask.assess',
        message: 'Đánh giá chất lượng, mức độ sẵn có và quản trị dữ liệu.',
      }),
      plan: translate({
        id: 'stakeholders.data.ask.plan',
        message: 'Lập kế hoạch chuẩn bị dữ liệu và quy tắc sử dụng dữ liệu cá nhân.',
      }),
      'monitor-improve': translate({
        id: 'stakeholders.data.ask.monitorImprove',
        message: 'Cung cấp dữ liệu cho KPI và cảnh báo khi dữ liệu đầu vào thay đổi.',
      }),
    },
  },
  hr: {
    name: translate({id: 'stakeholders.hr.name', message: 'Nhân sự'}),
    contribution: translate({
      id: 'stakeholders.hr.contribution',
      message:
        'Đánh giá kỹ năng, đào tạo, tuyển dụng, thiết kế lại vị trí công việc và truyền thông nội bộ.',
    }),
    asks: {
      prepare: translate({
        id: 'stakeholders.hr.ask.prepare',
        message: 'Xác định nhân sự cho đội ngũ AI CoE và phương án tuyển dụng hoặc điều chuyển.',
      }),
      assess: translate({
        id: 'stakeholders.hr.ask.assess',
        message: 'Góp ý về kỹ năng hiện có và mức độ sẵn sàng thay đổi của nhân viên.',
      }),
      plan: translate({
        id: 'stakeholders.hr.ask.plan',
        message: 'Xây dựng kế hoạch đào tạo và quản lý thay đổi đi cùng lộ trình.',
      }),
      'monitor-improve': translate({
        id: 'stakeholders.hr.ask.monitorImprove',
        message: 'Nắm kết quả áp dụng để điều chỉnh đào tạo và vị trí công việc.',
      }),
    },
  },
  operations: {
    name: translate({id: 'stakeholders.operations.name', message: 'Vận hành'}),
    contribution: translate({
      id: 'stakeholders.operations.contribution',
      message:
        'Hiểu biết về quy trình thực tế, người dùng cuối và người chịu trách nhiệm nghiệp vụ cho từng ca sử dụng.',
    }),
    asks: {
      prepare: translate({
        id: 'stakeholders.operations.ask.prepare',
        message: 'Đề xuất ca sử dụng ứng viên từ những điểm nghẽn đã biết trong công việc.',
      }),
      assess: translate({
        id: 'stakeholders.operations.ask.assess',
        message: 'Chỉ ra điểm nghẽn trong quy trình và nhu cầu thực tế của người dùng.',
      }),
      plan: translate({
        id: 'stakeholders.operations.ask.plan',
        message: 'Cử người chịu trách nhiệm nghiệp vụ cho từng ca sử dụng trong lộ trình.',
      }),
      'monitor-improve': translate({
        id: 'stakeholders.operations.ask.monitorImprove',
        message: 'Chịu trách nhiệm về giá trị mà từng ca sử dụng tạo ra trong công việc hằng ngày.',
      }),
    },
  },
  risk: {
    name: translate({id: 'stakeholders.risk.name', message: 'Quản lý rủi ro'}),
    contribution: translate({
      id: 'stakeholders.risk.contribution',
      message:
        'Phân loại rủi ro, tuân thủ pháp luật, kiểm soát nội bộ và bảo vệ dữ liệu cá nhân, cùng pháp chế.',
    }),
    asks: {
      prepare: translate({
        id: 'stakeholders.risk.ask.prepare',
        message: 'Nêu các rủi ro và nghĩa vụ pháp lý cần có trong cơ sở kinh doanh.',
      }),
      assess: translate({
        id: 'stakeholders.risk.ask.assess',
        message: 'Đánh giá mức độ tuân thủ và các rủi ro của những ứng dụng AI hiện có.',
      }),
      plan: translate({
        id: 'stakeholders.risk.ask.plan',
        message: 'Cùng soạn chính sách quản trị AI và cách phân loại rủi ro.',
      }),
      'monitor-improve': translate({
        id: 'stakeholders.risk.ask.monitorImprove',
        message: 'Rà soát định kỳ các hệ thống rủi ro cao và xử lý sự cố.',
      }),
    },
  },
  'innovation-champions': {
    name: translate({
      id: 'stakeholders.innovationChampions.name',
      message: 'Người tiên phong đổi mới',
    }),
    contribution: translate({
      id: 'stakeholders.innovationChampions.contribution',
      message:
        'Phát hiện ca sử dụng từ công việc hằng ngày, thử nghiệm sớm, hướng dẫn đồng nghiệp và chuyển tải lo ngại của nhân viên.',
    }),
    asks: {
      prepare: translate({
        id: 'stakeholders.innovationChampions.ask.prepare',
        message: 'Được nhận diện và mời vào mạng lưới người tiên phong AI.',
      }),
      assess: translate({
        id: 'stakeholders.innovationChampions.ask.assess',
        message: 'Chia sẻ cách nhân viên đang dùng AI và đề xuất ca sử dụng.',
      }),
      plan: translate({
        id: 'stakeholders.innovationChampions.ask.plan',
        message: 'Nắm lộ trình và chính sách AI để giải thích cho đồng nghiệp.',
      }),
      'monitor-improve': translate({
        id: 'stakeholders.innovationChampions.ask.monitorImprove',
        message: 'Thu thập phản hồi của người dùng và lan tỏa cách làm tốt.',
      }),
    },
  },
};

export const INVOLVEMENT_LABELS: Readonly<Record<Involvement, string>> = {
  leads: translate({id: 'stakeholders.involvement.leads', message: 'Dẫn dắt'}),
  'takes-part': translate({id: 'stakeholders.involvement.takesPart', message: 'Tham gia'}),
  consulted: translate({id: 'stakeholders.involvement.consulted', message: 'Được tham vấn'}),
  informed: translate({id: 'stakeholders.involvement.informed', message: 'Được thông báo'}),
};

export interface CircleText {
  readonly label: string;
  /** The source page's bullet for this circle, word for word. */
  readonly sourceText: string;
}

/** The source page's "Hợp Tác để Thành Công" circles. */
export const CIRCLE_TEXT: Readonly<Record<CircleId, CircleText>> = {
  departments: {
    label: translate({id: 'collaboration.circle.departments.label', message: 'Các bộ phận'}),
    sourceText: translate({
      id: 'collaboration.circle.departments.source',
      message: 'Các bộ phận như công nghệ, dữ liệu, nhân sự, vận hành và quản lý rủi ro.',
    }),
  },
  innovators: {
    label: translate({
      id: 'collaboration.circle.innovators.label',
      message: 'Người tiên phong đổi mới',
    }),
    sourceText: translate({
      id: 'collaboration.circle.innovators.source',
      message: 'Nhân sự và lãnh đạo quan tâm đến việc thúc đẩy đổi mới sáng tạo thông qua AI.',
    }),
  },
  leadership: {
    label: translate({
      id: 'collaboration.circle.leadership.label',
      message: 'Ban lãnh đạo cấp cao',
    }),
    sourceText: translate({
      id: 'collaboration.circle.leadership.source',
      message:
        'Ban lãnh đạo cấp cao đóng vai trò quan trọng trong việc định hướng và hỗ trợ chính sách AI.',
    }),
  },
};

/** What the roles tables cannot say in one word: who else joins a phase, and who decides. */
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

/** "1. Chuẩn Bị": the phase's position and name, as the source page numbers them. */
export function numberedPhaseTitle(id: PhaseId): string {
  return `${phasePosition(id)}. ${PHASE_TEXT[id].title}`;
}
