import type { MessagesLike } from './messages';

/** 对外共享系统 and 对外发送队列 (issue 15): merged into zh.ts and en.ts. */
export const outsideZh = {
  resources: {
    outsideSystems: {
      name: '对外共享系统',
      fields: {
        name: '系统代号',
        displayName: '系统名称',
        baseUrl: '接收地址',
        kinds: '接收的记录',
        enabled: '启用',
        tokenVariable: '访问凭证',
        updatedAt: '更新时间',
        q: '搜索',
      },
    },
    outbox: {
      name: '对外发送队列',
      fields: {
        id: '编号',
        systemId: '接收系统',
        kind: '记录类型',
        recordId: '记录编号',
        state: '状态',
        tries: '已尝试次数',
        lastError: '最近一次错误',
        nextTryAt: '下次尝试',
        deliveredAt: '送达时间',
        createdAt: '加入队列',
      },
    },
  },
  qd: {
    outside: {
      kinds: { result: '检查结果', nonCooperation: '不配合检查情况', draw: '抽取记录' },
      states: { pending: '待发送', sending: '发送中', delivered: '已送达', failed: '失败' },
      name_helper: '小写字母开头，只含小写字母和数字；凭证从环境变量 OUTSIDE_<代号>_TOKEN 读取',
      base_url_helper: '各类记录发送到此地址下的 /results、/non-cooperation、/draws',
      token: '由环境变量 %{variable} 提供',
      token_set: '已设置',
      token_unset: '未设置',
      actions: '操作',
      resend: { button: '重新发送', done: '已重新加入发送队列' },
    },
    province: {
      button: '导入省级任务',
      title: '导入省级平台派发的抽查任务（§9.1.1）',
      intro:
        '选择省级平台导出的 JSON 或 XLSX 文件，或直接从已配置的省级平台获取。每项任务导入为“上级派发”任务，保留省级平台的抽取编号，并按区（市）派发；已导入过的任务不会重复导入，名录库中没有的检查对象只列出，不会新建。XLSX 每行一个抽中的检查对象，列为：',
      choose: '选择文件',
      poll: '从省级平台获取',
      created: '已导入 %{smart_count} 项任务',
      created_line: '%{reference}：%{entities} 个检查对象，派发至 %{districts} 个区（市）',
      already: '此前已导入、未作改动的任务 %{smart_count} 项',
      skipped: '未导入的任务 %{smart_count} 项',
      not_found: '检查对象名录库中没有的检查对象 %{smart_count} 个',
      nothing: '没有可导入的任务',
    },
  },
};

export const outsideEn: MessagesLike<typeof outsideZh> = {
  resources: {
    outsideSystems: {
      name: 'Outside system |||| Outside systems',
      fields: {
        name: 'Code',
        displayName: 'Name',
        baseUrl: 'Base URL',
        kinds: 'Receives',
        enabled: 'Enabled',
        tokenVariable: 'Credential',
        updatedAt: 'Updated',
        q: 'Search',
      },
    },
    outbox: {
      name: 'Outbox message |||| Outbox',
      fields: {
        id: 'No.',
        systemId: 'System',
        kind: 'Kind',
        recordId: 'Record',
        state: 'State',
        tries: 'Tries',
        lastError: 'Last error',
        nextTryAt: 'Next try',
        deliveredAt: 'Delivered',
        createdAt: 'Queued',
      },
    },
  },
  qd: {
    outside: {
      kinds: { result: 'Inspection result', nonCooperation: 'Non-cooperation', draw: 'Draw record' },
      states: { pending: 'Pending', sending: 'Sending', delivered: 'Delivered', failed: 'Failed' },
      name_helper: 'Lower-case letters and digits, starting with a letter; the credential is read from OUTSIDE_<CODE>_TOKEN',
      base_url_helper: 'Records are posted under this address to /results, /non-cooperation, /draws',
      token: 'From the environment variable %{variable}',
      token_set: 'set',
      token_unset: 'not set',
      actions: 'Actions',
      resend: { button: 'Resend', done: 'Queued for sending again' },
    },
    province: {
      button: 'Import provincial tasks',
      title: 'Import tasks dispatched by the provincial platform (§9.1.1)',
      intro:
        'Choose a JSON or XLSX export of the provincial platform, or fetch from the configured platform. Each task is imported as dispatched from above, keeps the platform’s draw reference and is dispatched to the districts; a task imported before is not imported again, and entities missing from the library are listed, never created. An XLSX has one drawn entity per row, with the columns:',
      choose: 'Choose file',
      poll: 'Fetch from the platform',
      created: '%{smart_count} task imported |||| %{smart_count} tasks imported',
      created_line: '%{reference}: %{entities} entities, dispatched to %{districts} districts',
      already: '%{smart_count} task imported before, unchanged |||| %{smart_count} tasks imported before, unchanged',
      skipped: '%{smart_count} task not imported |||| %{smart_count} tasks not imported',
      not_found: '%{smart_count} entity not in the library |||| %{smart_count} entities not in the library',
      nothing: 'Nothing to import',
    },
  },
};
