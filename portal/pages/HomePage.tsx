import { useEffect } from 'react';
import { Link } from 'react-router-dom';

const SECTIONS = [
  ['/items', '抽查事项清单', '各级人社部门依法开展随机抽查的事项及其法律依据（§7.1）。'],
  ['/plans', '年度抽查计划', '已发布的年度抽查计划，含每次调整的版本和调整内容（§8）。'],
  [
    '/draws',
    '抽取记录',
    <>
      每次随机抽取的完整记录，可下载并在浏览器中独立验证（<span className="nowrap">QD-DRAW-2</span>）。
    </>,
  ],
  ['/results', '检查结果', '已公示的抽查检查结果，可按企业名称或统一社会信用代码查询（§9.3.2.4）。'],
  ['/non-cooperation', '不配合检查名单', '不予配合检查情节严重、致使无法开展实质性检查的检查对象（§10.1）。'],
] as const;

export function HomePage() {
  useEffect(() => {
    document.title = '双随机、一公开 信息公示';
  }, []);
  return (
    <>
      <h1>双随机、一公开 信息公示</h1>
      <p>随机抽取检查对象、随机选派执法检查人员，抽查情况及查处结果及时向社会公开。本站所有信息无需登录即可查阅。</p>
      <ul className="cards">
        {SECTIONS.map(([to, title, text]) => (
          <li key={to}>
            <Link to={to}>{title}</Link>
            <p>{text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
