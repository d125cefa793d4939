// 稿件详情: one article with its publications, on a page of its own (phones, links from leads).
import { useLoad } from '@tarojs/taro';
import { useState } from 'react';
import DeskLayout from '@/components/DeskLayout';
import ArticleDetail from '@/editor/components/ArticleDetail';

export default function ArticlePage() {
  const [id, setId] = useState('');
  useLoad((params: Record<string, string | undefined>) => setId(decodeURIComponent(params.id ?? '')));
  return <DeskLayout>{id ? <ArticleDetail id={id} /> : null}</DeskLayout>;
}
