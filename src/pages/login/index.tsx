// Login. H5 (local host): username + password. Mini-program: WeChat already knows who this is;
// a person not yet bound to an account enters the invite code from the township office.
import { View } from '@tarojs/components';
import PasswordLogin from './PasswordLogin';
import WechatLogin from './WechatLogin';
import './index.scss';

export default function LoginPage() {
  return (
    <View className='page login'>
      <View className='login__brand'>
        <View className='login__logo'>乡讯</View>
        <View className='login__slogan'>乡镇宣传线索 · 随手报 · 及时审</View>
      </View>
      {process.env.TARO_ENV === 'h5' ? <PasswordLogin /> : <WechatLogin />}
    </View>
  );
}
