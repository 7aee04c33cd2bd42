import type { MessagesLike } from '../messages';

/** 抽查事项清单 (§7.1): items, their revisions and the published lists. */
export const itemsZh = {
  qd: {
    errors: { nothing_to_publish: '没有可发布的在用抽查事项' },
    items: {
      kinds: { general: '一般检查事项', key: '重点检查事项' },
      methods: { onsite: '现场检查', document: '书面审查', online: '网络监测', third_party: '委托第三方' },
      sources: { province: '省统一', city: '市新增' },
      statuses: { active: '在用', retired: '停用' },
      reason_helper: '必填：说明本次新增或修改的原因，记入修订记录（第 7.1.3 条）',
      create_title: '新增抽查事项',
      edit_title: '修改抽查事项：%{name}',
      show_title: '抽查事项：%{name}',
      history: {
        title: '修订记录',
        revision: '第 %{revision} 版',
        created: '新建，无字段变化',
        field: '字段',
        before: '修改前',
        after: '修改后',
        empty: '（空）',
        reason: '原因：%{reason}',
      },
      publish: {
        button: '发布清单',
        title: '发布抽查事项清单',
        content: '将本单位全部“在用”的抽查事项作为清单发布（第 5.3 条）。发布后的清单保存在“清单发布记录”中，之后的修改需要再次发布。确定发布吗？',
        done: '已发布清单，共 %{smart_count} 项抽查事项',
      },
    },
  },
  resources: {
    items: {
      name: '抽查事项清单',
      fields: {
        id: '编号',
        unitId: '所属单位',
        lineId: '业务条线',
        name: '事项名称',
        category: '事项类别',
        subjectTypes: '检查对象类型',
        subjectNote: '检查对象说明',
        itemKind: '事项类型',
        methods: '检查方式',
        ratioNote: '抽查比例及频次',
        level: '检查部门及实施层级',
        legalBasis: '检查依据',
        source: '事项来源',
        status: '状态',
        reason: '修改原因',
        version: '版本',
        createdAt: '创建时间',
        updatedAt: '更新时间',
      },
    },
    itemRevisions: {
      name: '修订记录',
      fields: { itemId: '抽查事项', revision: '版本', at: '时间', actorName: '修改人', reason: '修改原因', changes: '修改内容' },
    },
    itemPublications: {
      name: '清单发布记录',
      fields: { id: '编号', unitId: '发布单位', publishedAt: '发布时间', publishedByName: '发布人', itemCount: '事项数', items: '发布的事项' },
    },
  },
};

export const itemsEn: MessagesLike<typeof itemsZh> = {
  qd: {
    errors: { nothing_to_publish: 'There is no item in use to publish' },
    items: {
      kinds: { general: 'General', key: 'Key' },
      methods: { onsite: 'On-site inspection', document: 'Document review', online: 'Online monitoring', third_party: 'Third party' },
      sources: { province: 'Province-wide', city: 'Added by the city' },
      statuses: { active: 'In use', retired: 'Retired' },
      reason_helper: 'Required: why the item is added or changed; kept in its revision history (§7.1.3)',
      create_title: 'New inspection item',
      edit_title: 'Edit inspection item: %{name}',
      show_title: 'Inspection item: %{name}',
      history: {
        title: 'Revision history',
        revision: 'Revision %{revision}',
        created: 'Created, no field changed',
        field: 'Field',
        before: 'Before',
        after: 'After',
        empty: '(empty)',
        reason: 'Reason: %{reason}',
      },
      publish: {
        button: 'Publish the list',
        title: 'Publish the inspection item list',
        content:
          'Publish every item of your unit that is in use as the list (§5.3). The published list is kept under “Published lists”; later changes need a new publication. Publish now?',
        done: 'List published with %{smart_count} item |||| List published with %{smart_count} items',
      },
    },
  },
  resources: {
    items: {
      name: 'Inspection item |||| Inspection item list',
      fields: {
        id: 'Id',
        unitId: 'Unit',
        lineId: 'Business line',
        name: 'Item',
        category: 'Category',
        subjectTypes: 'Entity types',
        subjectNote: 'Entities (note)',
        itemKind: 'Kind',
        methods: 'Methods',
        ratioNote: 'Ratio and frequency',
        level: 'Department and level',
        legalBasis: 'Legal basis',
        source: 'Source',
        status: 'Status',
        reason: 'Reason for the change',
        version: 'Version',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
    },
    itemRevisions: {
      name: 'Revision |||| Revisions',
      fields: { itemId: 'Item', revision: 'Revision', at: 'Time', actorName: 'Changed by', reason: 'Reason', changes: 'Changes' },
    },
    itemPublications: {
      name: 'Published list |||| Published lists',
      fields: { id: 'Id', unitId: 'Unit', publishedAt: 'Published', publishedByName: 'Published by', itemCount: 'Items', items: 'Published items' },
    },
  },
};
