// The body as paragraphs of plain text: edit each, move it up or down, remove it, add one at the end.
import { View } from '@tarojs/components';
import AppButton from '@/components/AppButton';
import TextField from '@/components/TextField';
import { moveParagraph } from '@/lib/articleDraft';

interface Props {
  paragraphs: string[];
  /**
   * Receives an update of the latest paragraphs, not a finished list: a box typed into and 添加段落 tapped before
   * the next render would otherwise build on the list of the render before, and the typed text would be lost.
   */
  onChange: (update: (paragraphs: string[]) => string[]) => void;
}

export default function ParagraphsEditor({ paragraphs, onChange }: Props) {
  const edit = (i: number, text: string) => onChange((ps) => ps.map((p, j) => (j === i ? text : p)));
  return (
    <View className="js-paragraphs">
      {paragraphs.map((p, i) => (
        <View key={i} className="paragraph js-paragraph-item">
          <TextField
            multiline
            className="desk-box paragraph__text js-paragraph-text"
            placeholder={`第${i + 1}段`}
            value={p}
            onChange={(v) => edit(i, v)}
          />
          <View className="paragraph__tools">
            <View className="muted">第{i + 1}段</View>
            <View className="row">
              <AppButton
                kind="plain"
                size="small"
                disabled={i === 0}
                onClick={() => onChange((ps) => moveParagraph(ps, i, -1))}
              >
                上移
              </AppButton>
              <AppButton
                kind="plain"
                size="small"
                disabled={i === paragraphs.length - 1}
                onClick={() => onChange((ps) => moveParagraph(ps, i, 1))}
              >
                下移
              </AppButton>
              <AppButton
                kind="plain"
                size="small"
                className="js-paragraph-remove"
                onClick={() => onChange((ps) => ps.filter((_, j) => j !== i))}
              >
                删除
              </AppButton>
            </View>
          </View>
        </View>
      ))}
      <AppButton block className="js-paragraph-add" onClick={() => onChange((ps) => [...ps, ''])}>
        ＋ 添加段落
      </AppButton>
    </View>
  );
}
