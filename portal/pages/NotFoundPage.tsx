import { Link } from 'react-router-dom';

export const NotFoundPage = () => (
  <>
    <h1>页面不存在</h1>
    <p>
      请返回<Link to="/">首页</Link>。
    </p>
  </>
);
