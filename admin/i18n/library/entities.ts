import type { MessagesLike } from '../messages';

/** 检查对象名录库 (§3.3, §7.2). */
export const entitiesZh = {
  qd: {
    entities: {
      create_title: '录入检查对象',
      edit_title: '修改检查对象：%{name}',
      show_title: '检查对象：%{name}',
      uscc_helper: '18 位，按 GB 32100 校验',
    },
  },
  resources: {
    entities: {
      name: '检查对象名录',
      fields: {
        id: '编号',
        uscc: '统一社会信用代码',
        name: '名称',
        type: '类型',
        district: '所在区（市）',
        address: '地址',
        legalRep: '法定代表人',
        lineIds: '业务条线',
        status: '状态',
        changedOn: '变动日期',
        recordedOn: '录入日期',
        overdue: '逾期录入',
        unitId: '管辖单位',
        createdAt: '创建时间',
        updatedAt: '更新时间',
      },
    },
  },
};

export const entitiesEn: MessagesLike<typeof entitiesZh> = {
  qd: {
    entities: {
      create_title: 'New inspected entity',
      edit_title: 'Edit entity: %{name}',
      show_title: 'Entity: %{name}',
      uscc_helper: '18 characters, checked as GB 32100 prescribes',
    },
  },
  resources: {
    entities: {
      name: 'Entity |||| Entity library',
      fields: {
        id: 'Id',
        uscc: 'Unified social credit code',
        name: 'Name',
        type: 'Type',
        district: 'District',
        address: 'Address',
        legalRep: 'Legal representative',
        lineIds: 'Business lines',
        status: 'Status',
        changedOn: 'Changed on',
        recordedOn: 'Recorded on',
        overdue: 'Late entry',
        unitId: 'Bureau',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
    },
  },
};
