// The words for the intake's fixed choices (platforms, products, how the person knows), in the
// page language. Shared by the form and by both apps' views of a sent tip. Every key is written
// out so the translation checks can find it.
import type { TFunction } from 'i18next';
import type { HowKnown, Platform, ProductType } from '../../../../api/intake';

export type IntakeT = TFunction<'intake'>;

export function platformLabels(t: IntakeT): Readonly<Record<Platform, string>> {
  return {
    facebook: t('platforms.facebook'),
    instagram: t('platforms.instagram'),
    tiktok: t('platforms.tiktok'),
    youtube: t('platforms.youtube'),
    x: t('platforms.x'),
    telegram: t('platforms.telegram'),
    whatsapp: t('platforms.whatsapp'),
    wechat: t('platforms.wechat'),
    weibo: t('platforms.weibo'),
    douyin: t('platforms.douyin'),
    kuaishou: t('platforms.kuaishou'),
    xianyu: t('platforms.xianyu'),
    taobao: t('platforms.taobao'),
    line: t('platforms.line'),
    zalo: t('platforms.zalo'),
    shopee: t('platforms.shopee'),
    lazada: t('platforms.lazada'),
    tokopedia: t('platforms.tokopedia'),
    ebay: t('platforms.ebay'),
    etsy: t('platforms.etsy'),
    craigslist: t('platforms.craigslist'),
    olx: t('platforms.olx'),
    jiji: t('platforms.jiji'),
    mercadolibre: t('platforms.mercadolibre'),
    vk: t('platforms.vk'),
    discord: t('platforms.discord'),
    reddit: t('platforms.reddit'),
    signal: t('platforms.signal'),
    other: t('platforms.other'),
  };
}

export function productTypeLabels(t: IntakeT): Readonly<Record<ProductType, string>> {
  return {
    live_animal: t('products.live_animal'),
    ivory: t('products.ivory'),
    horn: t('products.horn'),
    scales: t('products.scales'),
    skin_or_fur: t('products.skin_or_fur'),
    bone: t('products.bone'),
    meat: t('products.meat'),
    medicine: t('products.medicine'),
    timber_or_plant: t('products.timber_or_plant'),
    other: t('products.other'),
  };
}

export function howKnownLabels(t: IntakeT): Readonly<Record<HowKnown, string>> {
  return {
    saw_online: t('howKnown.saw_online'),
    buyer: t('howKnown.buyer'),
    insider: t('howKnown.insider'),
    other: t('howKnown.other'),
  };
}
