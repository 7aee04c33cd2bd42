import type { MessagesLike } from './messages';

/** 我的待办 (the home page), the menu's groups and request withdrawal: merged into zh.ts and en.ts. */
export const homeZh = {
  qd: {
    menu: { library: '一单两库', plans: '计划', inspections: '抽查', approvals: '审批', system: '系统' },
    home: {
      title: '我的待办',
      greeting: '%{name}，您好。以下是等待您处理的事项。',
      see_all: '查看全部（%{count}）',
      open: '打开',
      late_dates: '变动日期 %{changedOn} · 录入日期 %{recordedOn}',
      pendingReplacements: { title: '待审批的更换与回避申请', empty: '没有待审批的申请' },
      pendingAdjustments: { title: '待审核的计划调整', empty: '没有待审核的计划调整' },
      planDeadline: {
        title: '年度计划发布期限（§8.1）',
        year: '%{year} 年度计划',
        due_in: '须于 %{due} 前发布，还有 %{days} 天',
        overdue: '应于 %{due} 前发布，已逾期 %{days} 天',
        published: '已于 %{date} 发布',
        published_late: '已于 %{date} 发布（逾期发布）',
        published_chip: '已发布',
        draft_chip: '草稿',
        missing_chip: '未起草',
        create: '起草计划',
      },
      draftTasks: { title: '待抽取的草稿任务', empty: '没有草稿任务' },
      dispatchesToReceive: { title: '待查收的派发任务', empty: '没有待查收的派发', entities: '%{n} 个检查对象' },
      myAssignments: { title: '我的检查任务', empty: '暂无分配给您的检查任务' },
      myReplacementRequests: { title: '我提出的更换与回避申请', empty: '没有待审批的本人申请' },
      myAdjustments: { title: '我提出的计划调整', empty: '没有待审核的本人提议' },
      lockedAccounts: {
        title: '已锁定的账户',
        empty: '没有被锁定的账户',
        until: '连续登录失败，锁定至 %{time}',
        unlock: '解除锁定',
        unlocked: '已解除锁定',
      },
      lateEntities: { title: '逾期录入的检查对象（§7.2.2）', empty: '没有逾期录入的检查对象' },
      lateInspectors: { title: '逾期录入的执法人员（§7.3.2）', empty: '没有逾期录入的执法人员' },
      comingSoon: {
        leader: {
          title: '借阅审批与监督看板',
          body: '档案借阅申请经部门负责人同意后，将在这里等待您的审批（§12.4.2），档案管理功能上线后即可使用。本单位抽查工作的监督看板见菜单“监督看板”。',
        },
        archivist: {
          title: '档案借出与归还',
          body: '经批准的档案借阅将在这里等待您办理借出登记；借阅归还后，请在这里核对有无拆封、短缺、污损（§12.4.4）。档案管理功能上线后即可使用。',
        },
      },
    },
    requests: {
      withdraw: '撤回',
      withdraw_title: '撤回申请',
      withdraw_replacement: '撤回后，该更换或回避申请不再提交审批。确定撤回吗？',
      withdraw_adjustment: '撤回后，该计划调整不再提交牵头机构审核。确定撤回吗？',
      withdrawn: '已撤回',
    },
    errors: { not_own_request: '只能撤回自己提出的申请' },
  },
};

export const homeEn: MessagesLike<typeof homeZh> = {
  qd: {
    menu: { library: 'Item list & libraries', plans: 'Plans', inspections: 'Inspections', approvals: 'Approvals', system: 'System' },
    home: {
      title: 'My to-do',
      greeting: 'Hello, %{name}. Here is what waits for you.',
      see_all: 'See all (%{count})',
      open: 'Open',
      late_dates: 'Changed %{changedOn} · recorded %{recordedOn}',
      pendingReplacements: { title: 'Replacement and recusal requests to decide', empty: 'No requests to decide' },
      pendingAdjustments: { title: 'Plan adjustments to decide', empty: 'No adjustments to decide' },
      planDeadline: {
        title: 'Annual plan deadline (§8.1)',
        year: 'Plan for %{year}',
        due_in: 'due by %{due}, %{days} days left',
        overdue: 'was due by %{due}, %{days} days late',
        published: 'published on %{date}',
        published_late: 'published on %{date} (late)',
        published_chip: 'Published',
        draft_chip: 'Draft',
        missing_chip: 'Not started',
        create: 'Draft the plan',
      },
      draftTasks: { title: 'Draft tasks to draw', empty: 'No draft tasks' },
      dispatchesToReceive: { title: 'Dispatched shares to receive', empty: 'Nothing to receive', entities: '%{n} entities' },
      myAssignments: { title: 'My inspections', empty: 'No inspections assigned to you' },
      myReplacementRequests: { title: 'My replacement and recusal requests', empty: 'No pending requests of yours' },
      myAdjustments: { title: 'My plan adjustment proposals', empty: 'No pending proposals of yours' },
      lockedAccounts: {
        title: 'Locked accounts',
        empty: 'No locked accounts',
        until: 'Too many failed logins: locked until %{time}',
        unlock: 'Unlock',
        unlocked: 'Unlocked',
      },
      lateEntities: { title: 'Entities recorded late (§7.2.2)', empty: 'No entities recorded late' },
      lateInspectors: { title: 'Inspectors recorded late (§7.3.2)', empty: 'No inspectors recorded late' },
      comingSoon: {
        leader: {
          title: 'Loan approvals and the supervision dashboard',
          body: 'Archive loan requests approved by the department head will wait here for your approval (§12.4.2) once archive management is available. The supervision dashboard is in the menu (Supervision).',
        },
        archivist: {
          title: 'Archive check-out and return',
          body: 'Approved archive loans will wait here for you to check them out; on return you will record here whether anything was unsealed, missing or soiled (§12.4.4), once archive management is available.',
        },
      },
    },
    requests: {
      withdraw: 'Withdraw',
      withdraw_title: 'Withdraw the request',
      withdraw_replacement: 'The replacement or recusal request will no longer be decided. Withdraw it?',
      withdraw_adjustment: 'The plan adjustment will no longer go to the lead office. Withdraw it?',
      withdrawn: 'Withdrawn',
    },
    errors: { not_own_request: 'Only your own requests can be withdrawn' },
  },
};
