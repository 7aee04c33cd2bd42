import type { MessagesLike } from '../messages';

/** 工作日历: official days off and make-up workdays (调休). */
export const calendarZh = {
  qd: {
    holidays: {
      kinds: { holiday: '休息日', workday: '调休上班' },
      helper: '法定节假日放假的日子记为“休息日”，周末调休上班的日子记为“调休上班”；五个工作日的期限按此计算',
      create_title: '新增日历安排',
      edit_title: '修改日历安排：%{date}',
    },
  },
  resources: {
    holidays: {
      name: '工作日历',
      fields: { id: '编号', date: '日期', kind: '类型', name: '名称', date_gte: '起始日期', date_lte: '截止日期', updatedAt: '更新时间' },
    },
  },
};

export const calendarEn: MessagesLike<typeof calendarZh> = {
  qd: {
    holidays: {
      kinds: { holiday: 'Day off', workday: 'Make-up workday' },
      helper: 'Public-holiday days off are “Day off”; weekend days worked in exchange are “Make-up workday”. Five-working-day deadlines follow this calendar',
      create_title: 'New calendar entry',
      edit_title: 'Calendar entry: %{date}',
    },
  },
  resources: {
    holidays: {
      name: 'Working calendar',
      fields: { id: 'Id', date: 'Date', kind: 'Kind', name: 'Name', date_gte: 'From', date_lte: 'Until', updatedAt: 'Updated' },
    },
  },
};
