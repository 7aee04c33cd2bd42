import type { MessagesLike } from '../messages';

/** 执法人员名录库 (§7.3) and 回避 (conflicts of interest). */
export const inspectorsZh = {
  qd: {
    inspectors: {
      create_title: '录入执法人员',
      edit_title: '修改执法人员：%{name}',
      show_title: '执法人员：%{name}',
      certificate_required: '行政执法类公务员和具有行政执法资格人员须填写执法证号',
      department_helper: '只列出所选单位的部门',
      user_helper: '该人员的系统账号（可选）',
    },
    conflicts: {
      title: '回避对象',
      intro: '该执法人员不得检查以下对象（随机抽取时自动回避）',
      add: '添加回避对象',
      empty: '暂无回避对象',
      added: '已添加回避对象',
    },
  },
  resources: {
    inspectors: {
      name: '执法人员名录',
      fields: {
        id: '编号',
        name: '姓名',
        unitId: '单位',
        departmentId: '部门',
        category: '人员类别',
        certificateNo: '执法证号',
        status: '状态',
        userId: '关联账号编号',
        changedOn: '变动日期',
        recordedOn: '录入日期',
        overdue: '逾期录入',
        createdAt: '创建时间',
        updatedAt: '更新时间',
      },
    },
    conflicts: {
      name: '回避',
      fields: { id: '编号', inspectorId: '执法人员', entityId: '检查对象', reason: '回避原因', unitId: '单位', createdAt: '登记时间' },
    },
  },
};

export const inspectorsEn: MessagesLike<typeof inspectorsZh> = {
  qd: {
    inspectors: {
      create_title: 'New inspector',
      edit_title: 'Edit inspector: %{name}',
      show_title: 'Inspector: %{name}',
      certificate_required: 'Enforcement civil servants and qualified staff need a certificate number',
      department_helper: 'Only the departments of the chosen unit are listed',
      user_helper: 'The person’s account in this system (optional)',
    },
    conflicts: {
      title: 'Conflicts of interest',
      intro: 'This inspector must not inspect these entities (draws leave them out)',
      add: 'Add a conflict',
      empty: 'No conflicts declared',
      added: 'Conflict added',
    },
  },
  resources: {
    inspectors: {
      name: 'Inspector |||| Inspector library',
      fields: {
        id: 'Id',
        name: 'Name',
        unitId: 'Unit',
        departmentId: 'Department',
        category: 'Category',
        certificateNo: 'Certificate no.',
        status: 'Status',
        userId: 'Account id',
        changedOn: 'Changed on',
        recordedOn: 'Recorded on',
        overdue: 'Late entry',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
    },
    conflicts: {
      name: 'Conflict |||| Conflicts',
      fields: { id: 'Id', inspectorId: 'Inspector', entityId: 'Entity', reason: 'Reason', unitId: 'Unit', createdAt: 'Declared' },
    },
  },
};
