import {translate} from '@docusaurus/Translate';
import type {PhaseId} from './phases';

/** The groups whose collaboration the source page names, plus the AI CoE team that coordinates them. */
export type StakeholderId =
  | 'senior-leadership'
  | 'ai-coe-team'
  | 'technology'
  | 'data'
  | 'hr'
  | 'operations'
  | 'risk'
  | 'innovation-champions';

/** How a group takes part in a phase: leads, does the work with the lead, is asked, or is kept informed. */
export type Involvement = 'leads' | 'takes-part' | 'consulted' | 'informed';

export interface Stakeholder {
  readonly id: StakeholderId;
  readonly name: string;
  /** What the group brings that no other group can. */
  readonly contribution: string;
  /** The group's role in each phase and what that phase asks of it. */
  readonly phases: Readonly<
    Record<PhaseId, {readonly involvement: Involvement; readonly ask: string}>
  >;
}

export const STAKEHOLDERS: Readonly<Record<StakeholderId, Stakeholder>> = {
  'senior-leadership': {
    id: 'senior-leadership',
    name: translate({id: 'stakeholders.seniorLeadership.name', message: 'Ban lãnh đạo cấp cao'}),
    contribution: translate({
      id: 'stakeholders.seniorLeadership.contribution',
      message:
        'Định hướng chiến lược AI, bảo trợ chính sách AI, phân bổ nguồn lực và cử một lãnh đạo bảo trợ chịu trách nhiệm giải trình.',
    }),
    phases: {
      prepare: {
        involvement: 'leads',
        ask: translate({
          id: 'stakeholders.seniorLeadership.ask.prepare',
          message:
            'Cử lãnh đạo bảo trợ, duyệt cơ sở kinh doanh cho AI và cam kết nguồn lực ban đầu.',
        }),
      },
      assess: {
        involvement: 'takes-part',
        ask: translate({
          id: 'stakeholders.seniorLeadership.ask.assess',
          message:
            'Qua ban chỉ đạo AI, xem xét kết quả đánh giá, chấp nhận bức tranh thật về mức độ sẵn sàng và quyết định có sang Lập Kế Hoạch hay không.',
        }),
      },
      plan: {
        involvement: 'leads',
        ask: translate({
          id: 'stakeholders.seniorLeadership.ask.plan',
          message: 'Phê duyệt chiến lược AI, lộ trình, ngân sách và chính sách quản trị AI.',
        }),
      },
      'monitor-improve': {
        involvement: 'takes-part',
        ask: translate({
          id: 'stakeholders.seniorLeadership.ask.monitorImprove',
          message:
            'Qua ban chỉ đạo AI, xem xét KPI và quyết định tiếp tục, điều chỉnh hay dừng từng ca sử dụng; phê duyệt khi chiến lược AI cần sửa đổi.',
        }),
      },
    },
  },
  'ai-coe-team': {
    id: 'ai-coe-team',
    name: translate({id: 'stakeholders.aiCoeTeam.name', message: 'Đội ngũ AI CoE'}),
    contribution: translate({
      id: 'stakeholders.aiCoeTeam.contribution',
      message:
        'Điều phối toàn bộ quy trình: đưa đúng người vào đúng quyết định, xây dựng tiêu chuẩn, nền tảng dùng chung và kinh nghiệm triển khai.',
    }),
    phases: {
      prepare: {
        involvement: 'leads',
        ask: translate({
          id: 'stakeholders.aiCoeTeam.ask.prepare',
          message: 'Soạn cơ sở kinh doanh, đề xuất mô hình đội ngũ và lập kế hoạch nguồn lực.',
        }),
      },
      assess: {
        involvement: 'leads',
        ask: translate({
          id: 'stakeholders.aiCoeTeam.ask.assess',
          message: 'Thiết kế và thực hiện đánh giá, tổng hợp khoảng cách và ý kiến các bên.',
        }),
      },
      plan: {
        involvement: 'leads',
        ask: translate({
          id: 'stakeholders.aiCoeTeam.ask.plan',
          message:
            'Soạn chiến lược AI, lộ trình từ PoC đến mở rộng quy mô và quy trình quản trị AI.',
        }),
      },
      'monitor-improve': {
        involvement: 'leads',
        ask: translate({
          id: 'stakeholders.aiCoeTeam.ask.monitorImprove',
          message: 'Vận hành cơ chế theo dõi, báo cáo KPI và dẫn dắt các vòng cải tiến.',
        }),
      },
    },
  },
  technology: {
    id: 'technology',
    name: translate({id: 'stakeholders.technology.name', message: 'Công nghệ'}),
    contribution: translate({
      id: 'stakeholders.technology.contribution',
      message:
        'Hạ tầng, nền tảng triển khai mô hình, tích hợp với hệ thống lõi và an toàn thông tin.',
    }),
    phases: {
      prepare: {
        involvement: 'takes-part',
        ask: translate({
          id: 'stakeholders.technology.ask.prepare',
          message: 'Ước tính chi phí công nghệ và năng lực hạ tầng cho cơ sở kinh doanh.',
        }),
      },
      assess: {
        involvement: 'takes-part',
        ask: translate({
          id: 'stakeholders.technology.ask.assess',
          message:
            'Kiểm kê hệ thống, nền tảng và công cụ AI đang dùng, kể cả những công cụ tự phát.',
        }),
      },
      plan: {
        involvement: 'takes-part',
        ask: translate({
          id: 'stakeholders.technology.ask.plan',
          message: 'Thiết kế nền tảng dùng chung và kế hoạch đưa mô hình vào vận hành.',
        }),
      },
      'monitor-improve': {
        involvement: 'takes-part',
        ask: translate({
          id: 'stakeholders.technology.ask.monitorImprove',
          message: 'Theo dõi hiệu năng, chi phí và sự cố của các hệ thống AI đang chạy.',
        }),
      },
    },
  },
  data: {
    id: 'data',
    name: translate({id: 'stakeholders.data.name', message: 'Dữ liệu'}),
    contribution: translate({
      id: 'stakeholders.data.contribution',
      message: 'Nguồn dữ liệu, chất lượng dữ liệu, quyền truy cập và quản trị dữ liệu.',
    }),
    phases: {
      prepare: {
        involvement: 'consulted',
        ask: translate({
          id: 'stakeholders.data.ask.prepare',
          message: 'Cho biết dữ liệu nào sẵn có cho các ca sử dụng ứng viên.',
        }),
      },
      assess: {
        involvement: 'takes-part',
        ask: translate({
          id: 'stakeholders.data.ask.assess',
          message: 'Đánh giá chất lượng, mức độ sẵn có và quản trị dữ liệu.',
        }),
      },
      plan: {
        involvement: 'takes-part',
        ask: translate({
          id: 'stakeholders.data.ask.plan',
          message: 'Lập kế hoạch chuẩn bị dữ liệu và quy tắc sử dụng dữ liệu cá nhân.',
        }),
      },
      'monitor-improve': {
        involvement: 'takes-part',
        ask: translate({
          id: 'stakeholders.data.ask.monitorImprove',
          message: 'Cung cấp dữ liệu cho KPI và cảnh báo khi dữ liệu đầu vào thay đổi.',
        }),
      },
    },
  },
  hr: {
    id: 'hr',
    name: translate({id: 'stakeholders.hr.name', message: 'Nhân sự'}),
    contribution: translate({
      id: 'stakeholders.hr.contribution',
      message:
        'Đánh giá kỹ năng, đào tạo, tuyển dụng, thiết kế lại vị trí công việc và truyền thông nội bộ.',
    }),
    phases: {
      prepare: {
        involvement: 'takes-part',
        ask: translate({
          id: 'stakeholders.hr.ask.prepare',
          message: 'Xác định nhân sự cho đội ngũ AI CoE và phương án tuyển dụng hoặc điều chuyển.',
        }),
      },
      assess: {
        involvement: 'consulted',
        ask: translate({
          id: 'stakeholders.hr.ask.assess',
          message: 'Góp ý về kỹ năng hiện có và mức độ sẵn sàng thay đổi của nhân viên.',
        }),
      },
      plan: {
        involvement: 'takes-part',
        ask: translate({
          id: 'stakeholders.hr.ask.plan',
          message: 'Xây dựng kế hoạch đào tạo và quản lý thay đổi đi cùng lộ trình.',
        }),
      },
      'monitor-improve': {
        involvement: 'informed',
        ask: translate({
          id: 'stakeholders.hr.ask.monitorImprove',
          message: 'Nắm kết quả áp dụng để điều chỉnh đào tạo và vị trí công việc.',
        }),
      },
    },
  },
  operations: {
    id: 'operations',
    name: translate({id: 'stakeholders.operations.name', message: 'Vận hành'}),
    contribution: translate({
      id: 'stakeholders.operations.contribution',
      message:
        'Hiểu biết về quy trình thực tế, người dùng cuối và người chịu trách nhiệm nghiệp vụ cho từng ca sử dụng.',
    }),
    phases: {
      prepare: {
        involvement: 'consulted',
        ask: translate({
          id: 'stakeholders.operations.ask.prepare',
          message: 'Đề xuất ca sử dụng ứng viên từ những điểm nghẽn đã biết trong công việc.',
        }),
      },
      assess: {
        involvement: 'takes-part',
        ask: translate({
          id: 'stakeholders.operations.ask.assess',
          message: 'Chỉ ra điểm nghẽn trong quy trình và nhu cầu thực tế của người dùng.',
        }),
      },
      plan: {
        involvement: 'takes-part',
        ask: translate({
          id: 'stakeholders.operations.ask.plan',
          message: 'Cử người chịu trách nhiệm nghiệp vụ cho từng ca sử dụng trong lộ trình.',
        }),
      },
      'monitor-improve': {
        involvement: 'leads',
        ask: translate({
          id: 'stakeholders.operations.ask.monitorImprove',
          message:
            'Chịu trách nhiệm về giá trị mà từng ca sử dụng tạo ra trong công việc hằng ngày.',
        }),
      },
    },
  },
  risk: {
    id: 'risk',
    name: translate({id: 'stakeholders.risk.name', message: 'Quản lý rủi ro'}),
    contribution: translate({
      id: 'stakeholders.risk.contribution',
      message:
        'Phân loại rủi ro, tuân thủ pháp luật, kiểm soát nội bộ và bảo vệ dữ liệu cá nhân, cùng pháp chế.',
    }),
    phases: {
      prepare: {
        involvement: 'consulted',
        ask: translate({
          id: 'stakeholders.risk.ask.prepare',
          message: 'Nêu các rủi ro và nghĩa vụ pháp lý cần có trong cơ sở kinh doanh.',
        }),
      },
      assess: {
        involvement: 'takes-part',
        ask: translate({
          id: 'stakeholders.risk.ask.assess',
          message: 'Đánh giá mức độ tuân thủ và các rủi ro của những ứng dụng AI hiện có.',
        }),
      },
      plan: {
        involvement: 'takes-part',
        ask: translate({
          id: 'stakeholders.risk.ask.plan',
          message: 'Cùng soạn chính sách quản trị AI và cách phân loại rủi ro.',
        }),
      },
      'monitor-improve': {
        involvement: 'takes-part',
        ask: translate({
          id: 'stakeholders.risk.ask.monitorImprove',
          message: 'Rà soát định kỳ các hệ thống rủi ro cao và xử lý sự cố.',
        }),
      },
    },
  },
  'innovation-champions': {
    id: 'innovation-champions',
    name: translate({
      id: 'stakeholders.innovationChampions.name',
      message: 'Người tiên phong đổi mới',
    }),
    contribution: translate({
      id: 'stakeholders.innovationChampions.contribution',
      message:
        'Phát hiện ca sử dụng từ công việc hằng ngày, thử nghiệm sớm, hướng dẫn đồng nghiệp và chuyển tải lo ngại của nhân viên.',
    }),
    phases: {
      prepare: {
        involvement: 'informed',
        ask: translate({
          id: 'stakeholders.innovationChampions.ask.prepare',
          message: 'Được nhận diện và mời vào mạng lưới người tiên phong AI.',
        }),
      },
      assess: {
        involvement: 'takes-part',
        ask: translate({
          id: 'stakeholders.innovationChampions.ask.assess',
          message: 'Chia sẻ cách nhân viên đang dùng AI và đề xuất ca sử dụng.',
        }),
      },
      plan: {
        involvement: 'informed',
        ask: translate({
          id: 'stakeholders.innovationChampions.ask.plan',
          message: 'Nắm lộ trình và chính sách AI để giải thích cho đồng nghiệp.',
        }),
      },
      'monitor-improve': {
        involvement: 'takes-part',
        ask: translate({
          id: 'stakeholders.innovationChampions.ask.monitorImprove',
          message: 'Thu thập phản hồi của người dùng và lan tỏa cách làm tốt.',
        }),
      },
    },
  },
};

/** Display order: leadership first, then the coordinating team, then the functions. */
export const STAKEHOLDER_ORDER: readonly StakeholderId[] = [
  'senior-leadership',
  'ai-coe-team',
  'technology',
  'data',
  'hr',
  'operations',
  'risk',
  'innovation-champions',
];

export const INVOLVEMENT_ORDER: readonly Involvement[] = [
  'leads',
  'takes-part',
  'consulted',
  'informed',
];

export const INVOLVEMENT_LABELS: Readonly<Record<Involvement, string>> = {
  leads: translate({id: 'stakeholders.involvement.leads', message: 'Dẫn dắt'}),
  'takes-part': translate({id: 'stakeholders.involvement.takesPart', message: 'Tham gia'}),
  consulted: translate({id: 'stakeholders.involvement.consulted', message: 'Được tham vấn'}),
  informed: translate({id: 'stakeholders.involvement.informed', message: 'Được thông báo'}),
};
