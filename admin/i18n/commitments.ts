import type { MessagesLike } from './messages';

/** 承诺 → 公布 → 抽取 (DRAW-SPEC §1a), the three steps on the task page: merged into zh.ts and en.ts. */
export const commitmentsZh = {
  qd: {
    audit: { actions: { commit: '承诺' }, resources: { commitments: '抽取承诺' } },
    commitments: {
      title: '事先承诺的抽取（DRAW-SPEC §1a）',
      intro:
        '本任务事先声明以公开随机源“%{note}”参与抽取。为使任何人（包括经办人员、管理员和服务器本身）都无法挑选抽取结果，须先承诺：冻结检查对象名单和执法人员名单（含回避关系），生成并封存随机数 nonce，公开其承诺值；随机源公布后再录入并抽取。',
      steps: { commit: '承诺', source: '录入公开随机源', draw: '抽取' },
      statuses: { live: '有效', drawn: '已抽取', voided: '已作废' },
      commit: {
        button: '承诺',
        title: '承诺抽取范围：%{code}',
        explain: '承诺后，以下抽取范围即被冻结：此后名录库的变动不影响本次抽取；任务不能再修改。随机数 nonce 在抽取前不会出现在任何接口、导出或审计记录中。',
        date: '公开随机源的公布日期',
        date_help: '须晚于今天，且不晚于任务期限 %{deadline}；承诺值将在此日期之前公开。',
        submit: '确认承诺',
        done: '已承诺，承诺值已公开',
      },
      waiting: '随机源将于 %{date} 公布；届时录入公布的结果即可抽取。',
      due: '随机源已于 %{date} 公布，请录入公布的结果。',
      source_label: '公布的结果（如：%{date} 福彩3D 4 1 9）',
      source_next: '下一步',
      source_entered: '已录入：%{value}',
      source_change: '修改',
      draw_explain: '将以冻结的名单、承诺时封存的 nonce 和录入的公开随机源抽取。结果一经生成即记录在案。',
      draw_button: '按承诺抽取',
      drawn: '已按承诺抽取，抽取记录见下方。',
      share: '公开链接（请转发，供社会公众在随机源公布前核对）',
      share_record: '抽取记录（公开后）',
      facts: {
        commitment: '承诺值 commitment',
        poolHash: '检查对象名单哈希 poolHash',
        inspectorPoolHash: '执法人员名单哈希 inspectorPoolHash',
        committedAt: '承诺时间',
        source: '公开随机源',
        pools: '冻结的名单',
        pools_value: '检查对象 %{poolSize} 个，执法人员 %{inspectorCount} 名',
        committedBy: '承诺人',
      },
      history: '以往的承诺',
      void: {
        button: '作废承诺',
        title: '作废抽取承诺',
        confirm: '作废后，该承诺及其理由保持公开，其 nonce 随之公开；任务回到草稿状态，可修改后重新承诺。',
        reason: '作废理由',
        done: '承诺已作废',
      },
    },
  },
  resources: {
    commitments: { name: '抽取承诺 |||| 抽取承诺', fields: { status: '状态', voidReason: '作废理由', voidedAt: '作废时间' } },
  },
};

export const commitmentsEn: MessagesLike<typeof commitmentsZh> = {
  qd: {
    audit: { actions: { commit: 'Commit' }, resources: { commitments: 'Commitments' } },
    commitments: {
      title: 'Draw committed in advance (DRAW-SPEC §1a)',
      intro:
        'This task announced that the public randomness source “%{note}” takes part in its draw. So that no one — staff, administrators, the server itself — can pick the result, it commits first: the entity and inspector pools (with their exclusions) are frozen, a secret nonce is drawn and sealed, and its commitment is published; once the source is out, its value is entered and the draw runs.',
      steps: { commit: 'Commit', source: 'Enter the public source', draw: 'Draw' },
      statuses: { live: 'Live', drawn: 'Drawn', voided: 'Void' },
      commit: {
        button: 'Commit',
        title: 'Commit to the pools: %{code}',
        explain:
          'Committing freezes the pools below: later changes to the libraries do not move them, and the task can no longer be edited. The nonce appears in no API answer, export or audit entry before the draw.',
        date: 'Date the public source is announced',
        date_help: 'After today and no later than the task deadline %{deadline}; the commitment is public before that date.',
        submit: 'Commit',
        done: 'Committed: the commitment is public',
      },
      waiting: 'The source is announced on %{date}; enter its value then to draw.',
      due: 'The source was announced on %{date}: enter its value.',
      source_label: 'The announced value (e.g. %{date} 福彩3D 4 1 9)',
      source_next: 'Next',
      source_entered: 'Entered: %{value}',
      source_change: 'Change',
      draw_explain: 'The draw uses the frozen pools, the nonce sealed at commitment and the source entered. Its result is recorded at once.',
      draw_button: 'Draw from the commitment',
      drawn: 'Drawn from the commitment: the record is below.',
      share: 'Public link (share it: anyone can check it before the source is announced)',
      share_record: 'Draw record (once published)',
      facts: {
        commitment: 'Commitment',
        poolHash: 'Entity pool hash (poolHash)',
        inspectorPoolHash: 'Inspector pool hash (inspectorPoolHash)',
        committedAt: 'Committed at',
        source: 'Public source',
        pools: 'Frozen pools',
        pools_value: '%{poolSize} entities, %{inspectorCount} inspectors',
        committedBy: 'Committed by',
      },
      history: 'Earlier commitments',
      void: {
        button: 'Void commitment',
        title: 'Void the commitment',
        confirm: 'The commitment stays public with your reason, and its nonce is disclosed; the task returns to draft and may be edited and committed anew.',
        reason: 'Reason',
        done: 'Commitment voided',
      },
    },
  },
  resources: {
    commitments: { name: 'Commitment |||| Commitments', fields: { status: 'Status', voidReason: 'Reason voided', voidedAt: 'Voided at' } },
  },
};
