// "怎样报一条好线索": the five things an editor needs to turn a tip into a story.
import { View } from '@tarojs/components';

const TIPS = [
  ['什么事', '一句话说清发生了什么，有什么新变化、新成效'],
  ['什么时候', '写明具体日期和时间'],
  ['在哪里', '村组、企业或具体地点'],
  ['有谁', '人物姓名、职务，群众怎么说'],
  ['一张好照片', '横拍、清晰、有人物有场景，不要截图'],
];

export default function GoodLeadTips() {
  return (
    <View className="card">
      <View className="card-title">怎样报一条好线索</View>
      {TIPS.map(([what, how]) => (
        <View key={what} className="home__tip">
          <View className="home__tip-what">{what}</View>
          <View className="home__tip-how">{how}</View>
        </View>
      ))}
    </View>
  );
}
