// 草稿箱: leads started but not submitted, saved on this phone; tap to continue, or delete.
import { View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import AppButton from '@/components/AppButton';
import EmptyState from '@/components/EmptyState';
import Tag from '@/components/Tag';
import { formatAge } from '@/lib/time';
import { draftTitle, photoVault, theDrafts, type Draft } from '@/outbox';

export default function DraftsPage() {
  const [drafts, setDrafts] = useState<Draft[]>([]);
  useDidShow(() => setDrafts(theDrafts().list()));

  const remove = async (draft: Draft) => {
    const { confirm } = await Taro.showModal({
      title: '删除草稿',
      content: `删除“${draftTitle(draft)}”？照片也会从本机删除。`,
      confirmText: '删除',
    });
    if (!confirm) return;
    theDrafts().remove(draft.clientId);
    await Promise.all(draft.photos.map((ref) => photoVault.discard(ref).catch(() => undefined)));
    setDrafts(theDrafts().list());
  };

  return (
    <View className="page drafts">
      {drafts.length === 0 ? <EmptyState title="没有草稿" hint="报线索时填写的内容会自动保存在这里" /> : null}
      {drafts.map((d) => (
        <View key={d.clientId} className="card js-draft-item">
          <View
            onClick={() =>
              void Taro.redirectTo({ url: `/reporter/pages/lead-form/index?draft=${encodeURIComponent(d.clientId)}` })
            }
          >
            <View className="row-between">
              <View className="card-title js-draft-title">{draftTitle(d)}</View>
              <Tag tone="muted">草稿</Tag>
            </View>
            <View className="muted">
              {d.photos.length > 0 ? `${d.photos.length} 张照片 · ` : ''}
              {formatAge(new Date(d.updatedAt).toISOString())}保存 · 点击继续编辑
            </View>
          </View>
          <AppButton size="small" kind="plain" className="js-draft-delete" onClick={() => void remove(d)}>
            删除
          </AppButton>
        </View>
      ))}
    </View>
  );
}
