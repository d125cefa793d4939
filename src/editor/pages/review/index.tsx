// 审核线索: one lead on a page of its own (phones, and links from articles and other pages).
import { useLoad } from '@tarojs/taro';
import { useState } from 'react';
import DeskLayout from '@/components/DeskLayout';
import LeadReview from '@/editor/components/LeadReview';

export default function ReviewPage() {
  const [id, setId] = useState('');
  useLoad((params: Record<string, string | undefined>) => setId(decodeURIComponent(params.id ?? '')));
  return <DeskLayout className="review-page">{id ? <LeadReview id={id} /> : null}</DeskLayout>;
}
