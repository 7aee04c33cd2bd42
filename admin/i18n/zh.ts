import { mergeTranslations, type TranslationMessages } from 'react-admin';
import englishMessages from 'ra-language-english';
import chineseMessages from '@haxqer/ra-language-chinese';
import { plansZh } from './plans';
import { libraryZh } from './library';
import { tasksZh } from './tasks';
import { homeZh } from './home';
import { commitmentsZh } from './commitments';
import { resultsZh } from './results';
import { archivesZh } from './archives';
import { outsideZh } from './outside';
import { dashboardZh } from './dashboard';

/** The pack is CommonJS with `exports.default`; Vite follows Node's interop and may hand over the exports object. */
const raZh = ((chineseMessages as unknown as { default?: TranslationMessages }).default ?? chineseMessages) as unknown as TranslationMessages;

/** Keys react-admin 5 added after the v4 Chinese pack was written, and wording an administrative office expects. */
const raV5 = {
  ra: {
    action: {
      reset: '重置',
      search_columns: '搜索列',
      select_all_button: '全选',
      search: '搜索',
      add_filter: '添加筛选',
      remove_filter: '移除此筛选',
      remove_all_filters: '清除全部筛选',
      back: '返回',
      clone: '复制',
      select_all: '全选',
      // The v4 pack's plural form never shows under polyglot's Chinese rule (one form only): it always said 选中1项.
      bulk_actions: '已选中 %{smart_count} 项',
      unselect: '取消选择',
    },
    auth: {
      user_menu: '用户菜单',
      sign_in_error: '登录失败，请重试',
      logout: '退出登录',
      auth_check_error: '请登录后继续',
      email: '电子邮箱',
    },
    page: {
      access_denied: '无权访问',
      authentication_error: '身份验证错误',
      list: '%{name}',
      edit: '编辑%{name}：%{recordRepresentation}',
      show: '%{name}：%{recordRepresentation}',
      create: '新建%{name}',
      empty: '暂无%{name}',
      invite: '要新建一条吗？',
    },
    message: {
      access_denied: '您没有访问此页面的权限',
      authentication_error: '身份验证服务返回错误，无法核验您的登录信息。',
      select_all_limit_reached: '记录过多，只选中了前 %{max} 条。',
      placeholder_data_warning: '网络异常：数据刷新失败。',
      delete_title: '删除%{name}：%{recordRepresentation}',
      delete_content: '确定要删除这条记录吗？',
      invalid_form: '表单填写有误，请检查各项提示',
    },
    navigation: {
      clear_filters: '清除筛选',
      no_filtered_results: '当前筛选条件下没有%{name}。',
      no_results: '没有找到%{name}',
      page_range_info: '第 %{offsetBegin}–%{offsetEnd} 条，共 %{total} 条',
      partial_page_range_info: '第 %{offsetBegin}–%{offsetEnd} 条，多于 %{offsetEnd} 条',
      page_rows_per_page: '每页条数：',
    },
    notification: {
      offline: '网络未连接，无法获取数据。',
      created: '已新建',
      updated: '已保存 |||| 已保存 %{smart_count} 条',
      deleted: '已删除 |||| 已删除 %{smart_count} 条',
      logged_out: '登录已失效，请重新登录',
      not_authorized: '您无权访问此资源',
    },
    validation: { unique: '不能重复' },
    guesser: { empty: { title: '没有可显示的数据', message: '请检查数据提供程序' } },
  },
};

/** The application's own strings; en.ts has the same shape (checked by the compiler). */
export const appZh = {
  qd: {
    title: '双随机、一公开 监管平台',
    /** A list whose total is a lower bound (counted up to a limit: 10,000 past the page, 1,000 for a search). */
    list: { page_range_lower_bound: '第 %{offsetBegin}–%{offsetEnd} 条，共 %{total}+ 条', details: '详情', show_details: '展开', hide_details: '收起' },
    roles: {
      admin: '系统管理员',
      lead: '牵头机构',
      officer: '实施机构',
      chief: '部门负责人',
      leader: '分管领导',
      archivist: '档案管理人员',
      inspector: '执法检查人员',
    },
    levels: { city: '市级', district: '区（市）级' },
    auth: {
      wrong_credentials: '用户名或密码错误',
      locked: '登录失败次数过多，账户已锁定 15 分钟',
      rate_limited: '登录请求过于频繁，请稍后再试',
      // The space keeps the name a word of its own for speech input and axe's check (Chinese has no spaces).
      user_menu: '%{name} 的用户菜单',
    },
    password: {
      menu: '修改密码',
      title: '修改密码',
      intro: '新密码至少 8 位，须同时包含字母和数字，且不能使用演示密码。修改后，您在其他设备上的登录将失效。',
      current: '当前密码',
      new: '新密码',
      confirm: '确认新密码',
      mismatch: '两次输入的新密码不一致',
      too_short: '至少 8 个字符',
      letters_and_digits: '须同时包含字母和数字',
      changed: '密码已修改',
    },
    access_denied: {
      title: '无权访问',
      message: '您没有访问此页面的权限。如确需使用，请联系系统管理员开通。',
      back: '返回首页',
    },
    errors: {
      stale_version: '记录已被他人修改，请刷新后重试',
      forbidden: '无权执行此操作',
      not_found: '记录不存在或无权查看',
      referenced: '该记录仍被其他记录引用，不能删除',
      duplicate: '与已有记录重复',
      too_large: '提交的数据过大',
    },
    users: {
      password_create_helper: '初始密码：至少 8 位，须同时包含字母和数字',
      password_edit_helper: '留空则不修改；填写即重置该用户的密码，其现有登录将失效',
      department_helper: '只列出所选单位的部门',
    },
    departments: {
      lead_helper: '牵头机构（法规处/科）不属于任何业务条线',
    },
    audit: {
      actions: {
        create: '新建',
        update: '修改',
        delete: '删除',
        login: '登录',
        logout: '退出登录',
        password: '修改密码',
        seed: '导入初始数据',
      },
      resources: { users: '用户', units: '单位', departments: '部门', lines: '业务条线', sessions: '会话' },
      none: '（无）',
    },
    validation: {
      username: '2–32 位小写字母、数字、点、下划线或连字符，以字母或数字开头',
      unit_code: '应为 6 位行政区划代码',
      line_code: '小写字母开头，只含小写字母、数字或下划线（2–32 位）',
    },
  },
  resources: {
    users: {
      name: '用户',
      fields: {
        id: '编号',
        username: '用户名',
        name: '姓名',
        role: '角色',
        unitId: '所属单位',
        departmentId: '所属部门',
        active: '启用',
        password: '密码',
        createdAt: '创建时间',
        updatedAt: '更新时间',
      },
    },
    units: {
      name: '单位',
      fields: { id: '编号', name: '单位名称', code: '行政区划代码', level: '级别', updatedAt: '更新时间' },
    },
    departments: {
      name: '部门',
      fields: { id: '编号', name: '部门名称', unitId: '所属单位', lead: '牵头机构', lineId: '业务条线', updatedAt: '更新时间' },
    },
    lines: {
      name: '业务条线',
      fields: { id: '编号', name: '条线名称', code: '代码', updatedAt: '更新时间' },
    },
    audit: {
      name: '审计日志',
      fields: {
        id: '序号',
        at: '时间',
        actorId: '操作人编号',
        actorName: '操作人',
        unitId: '单位',
        action: '操作',
        resource: '对象',
        recordId: '记录编号',
        reason: '理由',
        prevHash: '前一条哈希',
        hash: '本条哈希',
        before: '修改前',
        after: '修改后',
        at_gte: '起始时间',
        at_lte: '截止时间',
      },
    },
  },
};

// English first so every key react-admin 5 knows exists; the v4 Chinese pack and the v5 additions over it.
export const zh: TranslationMessages = mergeTranslations(
  englishMessages,
  raZh,
  raV5,
  appZh,
  plansZh,
  ...libraryZh,
  tasksZh,
  commitmentsZh,
  homeZh,
  resultsZh,
  archivesZh,
  outsideZh,
  dashboardZh,
);
