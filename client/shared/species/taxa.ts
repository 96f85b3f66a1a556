// The hand-written list of commonly trafficked taxa. NOT derived from Species+ or any other
// database (UNEP-WCMC's terms forbid redistributing Species+). See README.md before editing:
// ids are stored in tips and must never change; appendices are as published by CITES.
import type { Taxon } from './types';

export const TAXA: readonly Taxon[] = [
  // ---------------------------------------------------------------- pangolins
  {
    id: 'pangolins', rank: 'family', scientificName: 'Manidae', cites: 'I', group: 'pangolins',
    note: 'All eight pangolin species are in Appendix I (since 2017).',
    names: {
      en: ['Pangolin', 'Scaly anteater'],
      fr: ['Pangolin'],
      es: ['Pangolín'],
      zh: ['穿山甲', '鲮鲤'],
      vi: ['Tê tê', 'Trút'],
      th: ['ตัวนิ่ม', 'ลิ่น'],
      id: ['Trenggiling'],
      pt: ['Pangolim'],
      sw: ['Kakakuona'],
      ar: ['آكل النمل الحرشفي', 'بنغول'],
    },
    products: {
      en: ['pangolin scales', 'scales'],
      fr: ['écailles de pangolin'],
      es: ['escamas de pangolín'],
      zh: ['穿山甲鳞片', '穿山甲片', '山甲片', '甲片'],
      vi: ['vảy tê tê'],
      th: ['เกล็ดลิ่น', 'เกล็ดตัวนิ่ม'],
      id: ['sisik trenggiling'],
      pt: ['escamas de pangolim'],
      sw: ['magamba ya kakakuona'],
      ar: ['حراشف آكل النمل', 'قشور البنغول'],
    },
  },
  {
    id: 'chinese-pangolin', rank: 'species', scientificName: 'Manis pentadactyla', cites: 'I', group: 'pangolins',
    names: {
      en: ['Chinese pangolin'], fr: ['Pangolin de Chine'], es: ['Pangolín chino'],
      zh: ['中华穿山甲', '穿山甲'], vi: ['Tê tê vàng', 'Tê tê'], th: ['ลิ่นจีน', 'ตัวนิ่ม'],
      id: ['Trenggiling Cina'], pt: ['Pangolim-chinês'], sw: ['Kakakuona wa China'],
      ar: ['آكل النمل الحرشفي الصيني'],
    },
  },
  {
    id: 'sunda-pangolin', rank: 'species', scientificName: 'Manis javanica', cites: 'I', group: 'pangolins',
    names: {
      en: ['Sunda pangolin', 'Malayan pangolin'], fr: ['Pangolin javanais', 'Pangolin de Malaisie'],
      es: ['Pangolín malayo', 'Pangolín de Java'], zh: ['马来穿山甲', '爪哇穿山甲'],
      vi: ['Tê tê Java', 'Tê tê'], th: ['ลิ่นชวา', 'ตัวนิ่ม'], id: ['Trenggiling', 'Trenggiling Jawa', 'Peusing'],
      pt: ['Pangolim-malaio'], sw: ['Kakakuona wa Asia'], ar: ['آكل النمل الحرشفي الملايوي'],
    },
  },
  {
    id: 'indian-pangolin', rank: 'species', scientificName: 'Manis crassicaudata', cites: 'I', group: 'pangolins',
    names: {
      en: ['Indian pangolin', 'Thick-tailed pangolin'], fr: ['Pangolin indien'], es: ['Pangolín indio'],
      zh: ['印度穿山甲'], vi: ['Tê tê Ấn Độ'], th: ['ลิ่นอินเดีย'], id: ['Trenggiling India'],
      pt: ['Pangolim-indiano'], sw: ['Kakakuona wa India'], ar: ['آكل النمل الحرشفي الهندي'],
    },
  },
  {
    id: 'philippine-pangolin', rank: 'species', scientificName: 'Manis culionensis', cites: 'I', group: 'pangolins',
    names: {
      en: ['Philippine pangolin', 'Palawan pangolin'], fr: ['Pangolin des Philippines'], es: ['Pangolín filipino'],
      zh: ['菲律宾穿山甲'], vi: ['Tê tê Philippines'], th: ['ลิ่นฟิลิปปินส์'], id: ['Trenggiling Filipina'],
      pt: ['Pangolim-filipino'], sw: ['Kakakuona wa Ufilipino'], ar: ['آكل النمل الحرشفي الفلبيني'],
    },
  },
  {
    id: 'white-bellied-pangolin', rank: 'species', scientificName: 'Phataginus tricuspis', cites: 'I', group: 'pangolins',
    names: {
      en: ['White-bellied pangolin', 'Tree pangolin'], fr: ['Pangolin à écailles tricuspides', 'Pangolin commun'],
      es: ['Pangolín arborícola', 'Pangolín de vientre blanco'], zh: ['白腹长尾穿山甲', '树穿山甲'],
      vi: ['Tê tê bụng trắng'], th: ['ลิ่นท้องขาว'], id: ['Trenggiling perut putih'],
      pt: ['Pangolim-de-barriga-branca', 'Pangolim-arborícola'], sw: ['Kakakuona wa miti'],
      ar: ['آكل النمل الحرشفي أبيض البطن'],
    },
  },
  {
    id: 'black-bellied-pangolin', rank: 'species', scientificName: 'Phataginus tetradactyla', cites: 'I', group: 'pangolins',
    names: {
      en: ['Black-bellied pangolin', 'Long-tailed pangolin'], fr: ['Pangolin à longue queue'],
      es: ['Pangolín de cola larga', 'Pangolín de vientre negro'], zh: ['黑腹长尾穿山甲'],
      vi: ['Tê tê bụng đen'], th: ['ลิ่นท้องดำ'], id: ['Trenggiling perut hitam'],
      pt: ['Pangolim-de-cauda-longa'], sw: ['Kakakuona mkia mrefu'], ar: ['آكل النمل الحرشفي طويل الذيل'],
    },
  },
  {
    id: 'giant-pangolin', rank: 'species', scientificName: 'Smutsia gigantea', cites: 'I', group: 'pangolins',
    names: {
      en: ['Giant pangolin'], fr: ['Pangolin géant'], es: ['Pangolín gigante'], zh: ['大穿山甲', '巨穿山甲'],
      vi: ['Tê tê khổng lồ'], th: ['ลิ่นยักษ์'], id: ['Trenggiling raksasa'], pt: ['Pangolim-gigante'],
      sw: ['Kakakuona mkubwa'], ar: ['آكل النمل الحرشفي العملاق'],
    },
  },
  {
    id: 'ground-pangolin', rank: 'species', scientificName: 'Smutsia temminckii', cites: 'I', group: 'pangolins',
    names: {
      en: ["Temminck's pangolin", 'Ground pangolin'], fr: ['Pangolin de Temminck'], es: ['Pangolín de Temminck'],
      zh: ['南非穿山甲', '地穿山甲'], vi: ['Tê tê Temminck'], th: ['ลิ่นเท็มมิงก์'], id: ['Trenggiling Temminck'],
      pt: ['Pangolim-de-temminck'], sw: ['Kakakuona', 'Kakakuona wa ardhini'], ar: ['آكل النمل الحرشفي الأرضي'],
    },
  },

  // ---------------------------------------------------------------- elephants
  {
    id: 'elephants', rank: 'family', scientificName: 'Elephantidae', cites: 'I/II', group: 'elephants',
    note: 'Asian elephant Appendix I; African elephant Appendix I except the populations of Botswana, Namibia, South Africa and Zimbabwe (Appendix II).',
    names: {
      en: ['Elephant'], fr: ['Éléphant'], es: ['Elefante'], zh: ['大象', '象'], vi: ['Voi'], th: ['ช้าง'],
      id: ['Gajah'], pt: ['Elefante'], sw: ['Tembo', 'Ndovu'], ar: ['فيل'],
    },
    products: {
      en: ['ivory', 'tusk', 'elephant hair', 'elephant skin'], fr: ['ivoire', 'défense'], es: ['marfil', 'colmillo'],
      zh: ['象牙', '象牙制品', '象皮'], vi: ['ngà voi', 'lông đuôi voi'], th: ['งาช้าง', 'ขนหางช้าง'],
      id: ['gading gajah', 'gading'], pt: ['marfim', 'presa'], sw: ['pembe za ndovu', 'pembe za tembo'],
      ar: ['عاج', 'ناب الفيل'],
    },
  },
  {
    id: 'african-elephant', rank: 'species', scientificName: 'Loxodonta africana', cites: 'I/II', group: 'elephants',
    note: 'Appendix I except Botswana, Namibia, South Africa and Zimbabwe (Appendix II, with an annotation). CITES lists forest and savanna elephants together under this name.',
    names: {
      en: ['African elephant', 'Forest elephant', 'Savanna elephant'], fr: ["Éléphant d'Afrique", 'Éléphant de forêt'],
      es: ['Elefante africano'], zh: ['非洲象', '非洲森林象', '非洲草原象'], vi: ['Voi châu Phi'], th: ['ช้างแอฟริกา'],
      id: ['Gajah Afrika'], pt: ['Elefante-africano'], sw: ['Tembo', 'Ndovu'], ar: ['الفيل الأفريقي'],
    },
    products: {
      en: ['ivory', 'tusk'], fr: ['ivoire'], es: ['marfil'], zh: ['象牙'], vi: ['ngà voi'], th: ['งาช้าง'],
      id: ['gading gajah'], pt: ['marfim'], sw: ['pembe za ndovu'], ar: ['عاج'],
    },
  },
  {
    id: 'asian-elephant', rank: 'species', scientificName: 'Elephas maximus', cites: 'I', group: 'elephants',
    names: {
      en: ['Asian elephant'], fr: ["Éléphant d'Asie"], es: ['Elefante asiático'], zh: ['亚洲象'], vi: ['Voi châu Á', 'Voi'],
      th: ['ช้างเอเชีย', 'ช้าง'], id: ['Gajah Asia', 'Gajah Sumatra'], pt: ['Elefante-asiático'], sw: ['Tembo wa Asia'],
      ar: ['الفيل الآسيوي'],
    },
    products: {
      en: ['ivory', 'elephant skin'], fr: ['ivoire'], es: ['marfil'], zh: ['象牙', '象皮'], vi: ['ngà voi', 'da voi'],
      th: ['งาช้าง', 'หนังช้าง'], id: ['gading gajah'], pt: ['marfim'], sw: ['pembe za ndovu'], ar: ['عاج'],
    },
  },

  // ---------------------------------------------------------------- rhinoceroses
  {
    id: 'rhinoceroses', rank: 'family', scientificName: 'Rhinocerotidae', cites: 'I/II', group: 'rhinoceroses',
    note: 'Appendix I, except some southern white rhino populations (Appendix II for live animals and hunting trophies only).',
    names: {
      en: ['Rhinoceros', 'Rhino'], fr: ['Rhinocéros'], es: ['Rinoceronte'], zh: ['犀牛'], vi: ['Tê giác'], th: ['แรด'],
      id: ['Badak'], pt: ['Rinoceronte'], sw: ['Kifaru'], ar: ['وحيد القرن', 'كركدن'],
    },
    products: {
      en: ['rhino horn', 'horn'], fr: ['corne de rhinocéros'], es: ['cuerno de rinoceronte'], zh: ['犀角', '犀牛角'],
      vi: ['sừng tê giác', 'sừng tê'], th: ['นอแรด'], id: ['cula badak'], pt: ['chifre de rinoceronte', 'corno de rinoceronte'],
      sw: ['pembe ya kifaru'], ar: ['قرن وحيد القرن'],
    },
  },
  {
    id: 'white-rhinoceros', rank: 'species', scientificName: 'Ceratotherium simum', cites: 'I/II', group: 'rhinoceroses',
    note: 'Appendix I, except certain southern African populations of the southern white rhino (Appendix II, live animals and hunting trophies only).',
    names: {
      en: ['White rhinoceros', 'White rhino'], fr: ['Rhinocéros blanc'], es: ['Rinoceronte blanco'], zh: ['白犀', '白犀牛'],
      vi: ['Tê giác trắng'], th: ['แรดขาว'], id: ['Badak putih'], pt: ['Rinoceronte-branco'], sw: ['Kifaru mweupe'],
      ar: ['وحيد القرن الأبيض'],
    },
  },
  {
    id: 'black-rhinoceros', rank: 'species', scientificName: 'Diceros bicornis', cites: 'I', group: 'rhinoceroses',
    names: {
      en: ['Black rhinoceros', 'Black rhino'], fr: ['Rhinocéros noir'], es: ['Rinoceronte negro'], zh: ['黑犀', '黑犀牛'],
      vi: ['Tê giác đen'], th: ['แรดดำ'], id: ['Badak hitam'], pt: ['Rinoceronte-negro'], sw: ['Kifaru mweusi'],
      ar: ['وحيد القرن الأسود'],
    },
  },
  {
    id: 'indian-rhinoceros', rank: 'species', scientificName: 'Rhinoceros unicornis', cites: 'I', group: 'rhinoceroses',
    names: {
      en: ['Indian rhinoceros', 'Greater one-horned rhino'], fr: ['Rhinocéros indien'], es: ['Rinoceronte indio'],
      zh: ['印度犀', '大独角犀'], vi: ['Tê giác Ấn Độ', 'Tê giác một sừng Ấn Độ'], th: ['แรดอินเดีย'], id: ['Badak India'],
      pt: ['Rinoceronte-indiano'], sw: ['Kifaru wa India'], ar: ['وحيد القرن الهندي'],
    },
  },
  {
    id: 'javan-rhinoceros', rank: 'species', scientificName: 'Rhinoceros sondaicus', cites: 'I', group: 'rhinoceroses',
    names: {
      en: ['Javan rhinoceros'], fr: ['Rhinocéros de Java'], es: ['Rinoceronte de Java'], zh: ['爪哇犀'],
      vi: ['Tê giác Java', 'Tê giác một sừng'], th: ['แรดชวา', 'แรด'], id: ['Badak Jawa', 'Badak bercula satu'],
      pt: ['Rinoceronte-de-java'], sw: ['Kifaru wa Java'], ar: ['وحيد القرن الجاوي'],
    },
  },
  {
    id: 'sumatran-rhinoceros', rank: 'species', scientificName: 'Dicerorhinus sumatrensis', cites: 'I', group: 'rhinoceroses',
    names: {
      en: ['Sumatran rhinoceros'], fr: ['Rhinocéros de Sumatra'], es: ['Rinoceronte de Sumatra'], zh: ['苏门答腊犀'],
      vi: ['Tê giác Sumatra'], th: ['กระซู่'], id: ['Badak Sumatra', 'Badak bercula dua'], pt: ['Rinoceronte-de-sumatra'],
      sw: ['Kifaru wa Sumatra'], ar: ['وحيد القرن السومطري'],
    },
  },

  // ---------------------------------------------------------------- cats
  {
    id: 'tiger', rank: 'species', scientificName: 'Panthera tigris', cites: 'I', group: 'cats',
    names: {
      en: ['Tiger'], fr: ['Tigre'], es: ['Tigre'], zh: ['虎', '老虎'], vi: ['Hổ', 'Cọp'], th: ['เสือโคร่ง'],
      id: ['Harimau', 'Harimau Sumatra', 'Macan'], pt: ['Tigre'], sw: ['Simbamarara'], ar: ['نمر', 'النمر البنغالي'],
    },
    products: {
      en: ['tiger bone', 'tiger skin', 'tiger bone wine', 'tiger claws', 'tiger teeth'], fr: ['os de tigre', 'peau de tigre'],
      es: ['hueso de tigre', 'piel de tigre'], zh: ['虎骨', '虎皮', '虎骨酒', '虎牙', '虎爪'],
      vi: ['cao hổ', 'xương hổ', 'da hổ', 'nanh hổ', 'móng hổ'], th: ['กระดูกเสือ', 'หนังเสือ', 'เขี้ยวเสือ'],
      id: ['tulang harimau', 'kulit harimau', 'taring harimau'], pt: ['osso de tigre', 'pele de tigre'],
      sw: ['ngozi ya simbamarara'], ar: ['عظام النمر', 'جلد النمر'],
    },
  },
  {
    id: 'lion', rank: 'species', scientificName: 'Panthera leo', cites: 'I/II', group: 'cats',
    note: 'Populations of India Appendix I; all others Appendix II (zero quota for bones and other parts from wild lions traded commercially).',
    names: {
      en: ['Lion'], fr: ['Lion'], es: ['León'], zh: ['狮', '狮子'], vi: ['Sư tử'], th: ['สิงโต'], id: ['Singa'],
      pt: ['Leão'], sw: ['Simba'], ar: ['أسد'],
    },
    products: {
      en: ['lion bone', 'lion skin', 'lion claws', 'lion teeth'], fr: ['os de lion'], es: ['hueso de león'],
      zh: ['狮骨'], vi: ['xương sư tử'], th: ['กระดูกสิงโต'], id: ['tulang singa'], pt: ['osso de leão'],
      sw: ['mifupa ya simba', 'ngozi ya simba'], ar: ['عظام الأسد'],
    },
  },
  {
    id: 'leopard', rank: 'species', scientificName: 'Panthera pardus', cites: 'I', group: 'cats',
    names: {
      en: ['Leopard', 'Black panther'], fr: ['Léopard', 'Panthère'], es: ['Leopardo', 'Pantera negra'],
      zh: ['豹', '金钱豹', '花豹'], vi: ['Báo hoa mai', 'Báo đen'], th: ['เสือดาว', 'เสือดำ'], id: ['Macan tutul', 'Macan kumbang'],
      pt: ['Leopardo', 'Pantera-negra'], sw: ['Chui'], ar: ['نمر أرقط', 'فهد', 'النمر الأسود'],
    },
    products: { en: ['leopard skin'], fr: ['peau de léopard'], sw: ['ngozi ya chui'] },
  },
  {
    id: 'jaguar', rank: 'species', scientificName: 'Panthera onca', cites: 'I', group: 'cats',
    names: {
      en: ['Jaguar'], fr: ['Jaguar'], es: ['Jaguar', 'Yaguar', 'Tigre americano'], zh: ['美洲豹', '美洲虎'],
      vi: ['Báo đốm Mỹ', 'Báo đốm'], th: ['เสือจากัวร์'], id: ['Jaguar'], pt: ['Onça-pintada', 'Onça'],
      sw: ['Jaguar'], ar: ['يغور', 'جاكوار'],
    },
    products: { en: ['jaguar teeth', 'jaguar fangs'], es: ['colmillos de jaguar'], zh: ['美洲豹牙'], pt: ['dentes de onça'] },
  },
  {
    id: 'snow-leopard', rank: 'species', scientificName: 'Panthera uncia', cites: 'I', group: 'cats',
    names: {
      en: ['Snow leopard'], fr: ['Panthère des neiges', 'Once'], es: ['Leopardo de las nieves'], zh: ['雪豹'],
      vi: ['Báo tuyết'], th: ['เสือดาวหิมะ'], id: ['Macan tutul salju'], pt: ['Leopardo-das-neves'],
      sw: ['Chui wa theluji'], ar: ['نمر الثلوج'],
    },
  },
  {
    id: 'cheetah', rank: 'species', scientificName: 'Acinonyx jubatus', cites: 'I', group: 'cats',
    note: 'Appendix I, with annual export quotas for live animals and hunting trophies from a few countries.',
    names: {
      en: ['Cheetah'], fr: ['Guépard'], es: ['Guepardo', 'Chita'], zh: ['猎豹'], vi: ['Báo săn', 'Báo gê-pa'],
      th: ['เสือชีตาห์'], id: ['Cheetah'], pt: ['Guepardo', 'Chita'], sw: ['Duma'], ar: ['الفهد الصياد', 'شيتا'],
    },
  },
  {
    id: 'clouded-leopard', rank: 'species', scientificName: 'Neofelis nebulosa', cites: 'I', group: 'cats',
    names: {
      en: ['Clouded leopard'], fr: ['Panthère nébuleuse'], es: ['Pantera nebulosa'], zh: ['云豹'], vi: ['Báo gấm'],
      th: ['เสือลายเมฆ'], id: ['Macan dahan'], pt: ['Leopardo-nebuloso'], sw: ['Clouded leopard', 'Chui'], ar: ['النمر الملطخ'],
    },
  },

  // ---------------------------------------------------------------- primates
  {
    id: 'chimpanzee', rank: 'species', scientificName: 'Pan troglodytes', cites: 'I', group: 'primates',
    names: {
      en: ['Chimpanzee', 'Chimp'], fr: ['Chimpanzé'], es: ['Chimpancé'], zh: ['黑猩猩'], vi: ['Tinh tinh'],
      th: ['ชิมแปนซี'], id: ['Simpanse'], pt: ['Chimpanzé'], sw: ['Sokwe'], ar: ['شمبانزي'],
    },
  },
  {
    id: 'bonobo', rank: 'species', scientificName: 'Pan paniscus', cites: 'I', group: 'primates',
    names: {
      en: ['Bonobo', 'Pygmy chimpanzee'], fr: ['Bonobo', 'Chimpanzé pygmée'], es: ['Bonobo', 'Chimpancé pigmeo'],
      zh: ['倭黑猩猩'], vi: ['Tinh tinh lùn', 'Bonobo'], th: ['โบโนโบ'], id: ['Bonobo'], pt: ['Bonobo'],
      sw: ['Bonobo'], ar: ['بونوبو', 'الشمبانزي القزم'],
    },
  },
  {
    id: 'western-gorilla', rank: 'species', scientificName: 'Gorilla gorilla', cites: 'I', group: 'primates',
    names: {
      en: ['Western gorilla', 'Gorilla'], fr: ["Gorille de l'Ouest", 'Gorille'], es: ['Gorila occidental', 'Gorila'],
      zh: ['西部大猩猩', '大猩猩'], vi: ['Khỉ đột phía Tây', 'Khỉ đột'], th: ['กอริลลาตะวันตก', 'กอริลลา'],
      id: ['Gorila barat', 'Gorila'], pt: ['Gorila-ocidental', 'Gorila'], sw: ['Sokwe mtu', 'Gorila'],
      ar: ['الغوريلا الغربية', 'غوريلا'],
    },
  },
  {
    id: 'eastern-gorilla', rank: 'species', scientificName: 'Gorilla beringei', cites: 'I', group: 'primates',
    names: {
      en: ['Eastern gorilla', 'Mountain gorilla'], fr: ["Gorille de l'Est", 'Gorille des montagnes'],
      es: ['Gorila oriental', 'Gorila de montaña'], zh: ['东部大猩猩', '山地大猩猩'], vi: ['Khỉ đột phía Đông', 'Khỉ đột núi'],
      th: ['กอริลลาตะวันออก', 'กอริลลาภูเขา'], id: ['Gorila timur', 'Gorila gunung'], pt: ['Gorila-oriental', 'Gorila-das-montanhas'],
      sw: ['Sokwe mtu', 'Gorila wa milimani'], ar: ['الغوريلا الشرقية', 'غوريلا الجبال'],
    },
  },
  {
    id: 'orangutans', rank: 'genus', scientificName: 'Pongo', cites: 'I', group: 'primates',
    note: 'Bornean (P. pygmaeus), Sumatran (P. abelii) and Tapanuli orangutans; all Appendix I.',
    names: {
      en: ['Orangutan'], fr: ['Orang-outan'], es: ['Orangután'], zh: ['猩猩', '红毛猩猩', '婆罗洲猩猩', '苏门答腊猩猩'],
      vi: ['Đười ươi'], th: ['อุรังอุตัง'], id: ['Orangutan', 'Orang utan', 'Mawas'], pt: ['Orangotango'],
      sw: ['Orangutan'], ar: ['إنسان الغاب', 'أورانغوتان'],
    },
  },
  {
    id: 'gibbons', rank: 'family', scientificName: 'Hylobatidae', cites: 'I', group: 'primates',
    names: {
      en: ['Gibbon', 'Siamang'], fr: ['Gibbon'], es: ['Gibón'], zh: ['长臂猿'], vi: ['Vượn'], th: ['ชะนี', 'เซียมัง'],
      id: ['Owa', 'Siamang', 'Ungko'], pt: ['Gibão'], sw: ['Gibbon'], ar: ['جبون', 'غيبون'],
    },
  },
  {
    id: 'slow-lorises', rank: 'genus', scientificName: 'Nycticebus', cites: 'I', group: 'primates',
    names: {
      en: ['Slow loris', 'Loris'], fr: ['Loris lent', 'Nycticèbe'], es: ['Loris perezoso', 'Loris lento'],
      zh: ['蜂猴', '懒猴'], vi: ['Cu li', 'Cu li lớn', 'Cu li nhỏ'], th: ['ลิงลม', 'นางอาย'], id: ['Kukang'],
      pt: ['Lóris-lento'], sw: ['Slow loris'], ar: ['لوريس بطيء'],
    },
  },
  {
    id: 'lemurs', rank: 'group', scientificName: 'Lemuroidea', cites: 'I', group: 'primates',
    note: 'All lemurs of Madagascar are in Appendix I.',
    names: {
      en: ['Lemur', 'Ring-tailed lemur'], fr: ['Lémurien', 'Maki catta'], es: ['Lémur', 'Lémur de cola anillada'],
      zh: ['狐猴', '环尾狐猴'], vi: ['Vượn cáo'], th: ['ลีเมอร์'], id: ['Lemur'], pt: ['Lêmure'], sw: ['Lemur'],
      ar: ['ليمور', 'الليمور حلقي الذيل'],
    },
  },

  // ---------------------------------------------------------------- bears
  {
    id: 'bears', rank: 'family', scientificName: 'Ursidae', cites: 'I/II', group: 'bears',
    note: 'Appendix II, except Asiatic black bear, sun bear, sloth bear, spectacled bear, giant panda and some brown bear populations (Appendix I).',
    names: {
      en: ['Bear'], fr: ['Ours'], es: ['Oso'], zh: ['熊'], vi: ['Gấu'], th: ['หมี'], id: ['Beruang'], pt: ['Urso'],
      sw: ['Dubu'], ar: ['دب'],
    },
    products: {
      en: ['bear bile', 'bear gall bladder', 'bear paws', 'bear claws', 'bear teeth'],
      fr: ["bile d'ours", "vésicule d'ours", "pattes d'ours"], es: ['bilis de oso', 'vesícula de oso', 'patas de oso'],
      zh: ['熊胆', '熊胆粉', '熊胆汁', '熊掌'], vi: ['mật gấu', 'tay gấu', 'cao gấu'], th: ['ดีหมี', 'อุ้งตีนหมี'],
      id: ['empedu beruang', 'kuku beruang', 'taring beruang'], pt: ['bílis de urso', 'vesícula de urso'],
      sw: ['nyongo ya dubu'], ar: ['مرارة الدب', 'صفراء الدب'],
    },
  },
  {
    id: 'asiatic-black-bear', rank: 'species', scientificName: 'Ursus thibetanus', cites: 'I', group: 'bears',
    names: {
      en: ['Asiatic black bear', 'Moon bear'], fr: ["Ours noir d'Asie", 'Ours à collier'], es: ['Oso negro asiático', 'Oso tibetano'],
      zh: ['亚洲黑熊', '黑熊', '月熊'], vi: ['Gấu ngựa', 'Gấu đen châu Á'], th: ['หมีควาย'], id: ['Beruang hitam Asia'],
      pt: ['Urso-negro-asiático'], sw: ['Dubu mweusi wa Asia'], ar: ['الدب الأسود الآسيوي'],
    },
    products: { en: ['bear bile'], zh: ['熊胆'], vi: ['mật gấu'], th: ['ดีหมี'] },
  },
  {
    id: 'sun-bear', rank: 'species', scientificName: 'Helarctos malayanus', cites: 'I', group: 'bears',
    names: {
      en: ['Sun bear', 'Malayan sun bear'], fr: ['Ours malais'], es: ['Oso malayo'], zh: ['马来熊'], vi: ['Gấu chó'],
      th: ['หมีหมา'], id: ['Beruang madu'], pt: ['Urso-malaio'], sw: ['Dubu wa Malaysia'], ar: ['دب الشمس', 'الدب الماليزي'],
    },
    products: { en: ['bear bile'], zh: ['熊胆'], vi: ['mật gấu'], id: ['empedu beruang'] },
  },
  {
    id: 'brown-bear', rank: 'species', scientificName: 'Ursus arctos', cites: 'I/II', group: 'bears',
    note: 'Appendix II, except the populations of Bhutan, China, Mexico and Mongolia and the Himalayan subspecies (Appendix I).',
    names: {
      en: ['Brown bear', 'Grizzly bear'], fr: ['Ours brun'], es: ['Oso pardo'], zh: ['棕熊', '马熊'], vi: ['Gấu nâu'],
      th: ['หมีสีน้ำตาล'], id: ['Beruang coklat'], pt: ['Urso-pardo'], sw: ['Dubu kahawia'], ar: ['الدب البني'],
    },
  },
  {
    id: 'giant-panda', rank: 'species', scientificName: 'Ailuropoda melanoleuca', cites: 'I', group: 'bears',
    names: {
      en: ['Giant panda', 'Panda'], fr: ['Panda géant'], es: ['Panda gigante'], zh: ['大熊猫', '熊猫'], vi: ['Gấu trúc'],
      th: ['แพนด้ายักษ์', 'แพนด้า'], id: ['Panda raksasa'], pt: ['Panda-gigante'], sw: ['Panda'], ar: ['الباندا العملاقة', 'باندا'],
    },
  },

  // ---------------------------------------------------------------- other mammals
  {
    id: 'saiga', rank: 'genus', scientificName: 'Saiga', cites: 'II', group: 'other-mammals',
    note: 'Appendix II; zero export quota for wild specimens traded for commercial purposes.',
    names: {
      en: ['Saiga antelope', 'Saiga'], fr: ['Saïga'], es: ['Saiga'], zh: ['高鼻羚羊', '赛加羚羊'], vi: ['Linh dương Saiga'],
      th: ['ไซกา'], id: ['Antelop saiga'], pt: ['Saiga'], sw: ['Saiga'], ar: ['ظبي السايغا', 'سايغا'],
    },
    products: {
      en: ['saiga horn', 'antelope horn'], fr: ['corne de saïga'], es: ['cuerno de saiga'], zh: ['羚羊角', '羚羊角粉'],
      vi: ['sừng linh dương'], th: ['เขาไซกา'], id: ['tanduk saiga'], pt: ['chifre de saiga'], ar: ['قرن السايغا'],
    },
  },
  {
    id: 'tibetan-antelope', rank: 'species', scientificName: 'Pantholops hodgsonii', cites: 'I', group: 'other-mammals',
    names: {
      en: ['Tibetan antelope', 'Chiru'], fr: ['Antilope du Tibet', 'Chirou'], es: ['Antílope tibetano', 'Chirú'],
      zh: ['藏羚羊', '藏羚'], vi: ['Linh dương Tây Tạng'], th: ['แอนทีโลปทิเบต'], id: ['Antelop Tibet'],
      pt: ['Antílope-tibetano'], sw: ['Swala wa Tibet'], ar: ['الظبي التبتي'],
    },
    products: {
      en: ['shahtoosh', 'shahtoosh shawl'], fr: ['shahtoosh'], es: ['shahtoosh'], zh: ['沙图什', '藏羚羊绒'],
      vi: ['khăn shahtoosh'], th: ['ผ้าคลุมชาห์ทูช'], id: ['selendang shahtoosh'], pt: ['xale shahtoosh'], ar: ['شاهتوش'],
    },
  },
  {
    id: 'musk-deer', rank: 'genus', scientificName: 'Moschus', cites: 'I/II', group: 'other-mammals',
    note: 'Populations of Afghanistan, Bhutan, India, Myanmar, Nepal and Pakistan Appendix I; all others Appendix II.',
    names: {
      en: ['Musk deer'], fr: ['Porte-musc', 'Cerf porte-musc'], es: ['Ciervo almizclero'], zh: ['麝', '香獐'],
      vi: ['Hươu xạ'], th: ['กวางชะมด'], id: ['Rusa kesturi'], pt: ['Cervo-almiscarado'], sw: ['Musk deer'], ar: ['غزال المسك'],
    },
    products: {
      en: ['musk', 'musk pod'], fr: ['musc'], es: ['almizcle'], zh: ['麝香'], vi: ['xạ hương'], th: ['มัสก์'],
      id: ['kesturi'], pt: ['almíscar'], sw: ['miski'], ar: ['مسك'],
    },
  },
  {
    id: 'hippopotamus', rank: 'species', scientificName: 'Hippopotamus amphibius', cites: 'II', group: 'other-mammals',
    names: {
      en: ['Hippopotamus', 'Hippo'], fr: ['Hippopotame'], es: ['Hipopótamo'], zh: ['河马'], vi: ['Hà mã'],
      th: ['ฮิปโปโปเตมัส', 'ฮิปโป'], id: ['Kuda nil'], pt: ['Hipopótamo'], sw: ['Kiboko'], ar: ['فرس النهر'],
    },
    products: {
      en: ['hippo teeth', 'hippo ivory'], fr: ["dents d'hippopotame"], es: ['dientes de hipopótamo'], zh: ['河马牙'],
      vi: ['răng hà mã'], th: ['ฟันฮิปโป'], id: ['gigi kuda nil'], pt: ['dentes de hipopótamo'], sw: ['meno ya kiboko'],
      ar: ['أنياب فرس النهر'],
    },
  },
  {
    id: 'small-clawed-otter', rank: 'species', scientificName: 'Aonyx cinereus', cites: 'I', group: 'other-mammals',
    names: {
      en: ['Asian small-clawed otter', 'Otter'], fr: ['Loutre cendrée'], es: ['Nutria de uñas pequeñas', 'Nutria'],
      zh: ['小爪水獭', '水獭'], vi: ['Rái cá vuốt bé', 'Rái cá'], th: ['นากเล็กเล็บสั้น', 'นาก'], id: ['Sero ambrang', 'Berang-berang'],
      pt: ['Lontra-de-unhas-pequenas', 'Lontra'], sw: ['Fisi maji'], ar: ['ثعلب الماء الآسيوي', 'قضاعة'],
    },
  },

  // ---------------------------------------------------------------- parrots
  {
    id: 'parrots', rank: 'order', scientificName: 'Psittaciformes', cites: 'I/II', group: 'parrots',
    note: 'Most parrots Appendix II, many Appendix I; budgerigar, cockatiel, rose-ringed parakeet and peach-faced lovebird are not listed.',
    names: {
      en: ['Parrot', 'Parakeet'], fr: ['Perroquet', 'Perruche'], es: ['Loro', 'Papagayo', 'Perico'], zh: ['鹦鹉'],
      vi: ['Vẹt'], th: ['นกแก้ว'], id: ['Burung nuri', 'Burung bayan', 'Parkit'], pt: ['Papagaio', 'Periquito'],
      sw: ['Kasuku'], ar: ['ببغاء'],
    },
  },
  {
    id: 'african-grey-parrot', rank: 'species', scientificName: 'Psittacus erithacus', cites: 'I', group: 'parrots',
    names: {
      en: ['African grey parrot', 'Grey parrot', 'Congo grey'], fr: ['Perroquet gris du Gabon', 'Perroquet jaco', 'Jaco'],
      es: ['Loro gris africano', 'Yaco'], zh: ['非洲灰鹦鹉', '灰鹦鹉'], vi: ['Vẹt xám châu Phi', 'Vẹt xám'],
      th: ['นกแก้วแอฟริกันเกรย์', 'แอฟริกันเกรย์'], id: ['Nuri abu-abu Afrika', 'African grey'],
      pt: ['Papagaio-cinzento', 'Papagaio-do-congo'], sw: ['Kasuku kijivu', 'African grey'], ar: ['الببغاء الرمادي الأفريقي', 'ببغاء الكاسكو'],
    },
  },
  {
    id: 'timneh-parrot', rank: 'species', scientificName: 'Psittacus timneh', cites: 'I', group: 'parrots',
    names: {
      en: ['Timneh parrot', 'Timneh grey parrot'], fr: ['Perroquet gris timneh', 'Jaco timneh'], es: ['Yaco timneh'],
      zh: ['提姆尼灰鹦鹉'], vi: ['Vẹt xám Timneh'], th: ['นกแก้วทิมนีห์'], id: ['Nuri abu-abu Timneh'],
      pt: ['Papagaio-cinzento-timneh'], sw: ['Kasuku kijivu wa Timneh'], ar: ['ببغاء التيمنه'],
    },
  },
  {
    id: 'scarlet-macaw', rank: 'species', scientificName: 'Ara macao', cites: 'I', group: 'parrots',
    names: {
      en: ['Scarlet macaw', 'Macaw'], fr: ['Ara macao', 'Ara rouge'], es: ['Guacamaya roja', 'Guacamayo macao', 'Guacamaya'],
      zh: ['绯红金刚鹦鹉', '金刚鹦鹉'], vi: ['Vẹt đỏ Macaw', 'Vẹt Macaw'], th: ['นกแก้วมาคอว์สีแดง', 'มาคอว์'],
      id: ['Makau merah', 'Makau'], pt: ['Araracanga', 'Arara-vermelha', 'Arara'], sw: ['Scarlet macaw', 'Kasuku'],
      ar: ['ببغاء المكاو القرمزي', 'مكاو'],
    },
  },
  {
    id: 'blue-and-yellow-macaw', rank: 'species', scientificName: 'Ara ararauna', cites: 'II', group: 'parrots',
    names: {
      en: ['Blue-and-yellow macaw', 'Blue-and-gold macaw'], fr: ['Ara bleu', 'Ara ararauna'], es: ['Guacamayo azul y amarillo', 'Guacamaya azul'],
      zh: ['蓝黄金刚鹦鹉'], vi: ['Vẹt Macaw xanh vàng'], th: ['นกแก้วมาคอว์สีน้ำเงินเหลือง'], id: ['Makau biru kuning'],
      pt: ['Arara-canindé'], sw: ['Blue-and-yellow macaw', 'Kasuku'], ar: ['ببغاء المكاو الأزرق والأصفر'],
    },
  },
  {
    id: 'hyacinth-macaw', rank: 'species', scientificName: 'Anodorhynchus hyacinthinus', cites: 'I', group: 'parrots',
    names: {
      en: ['Hyacinth macaw'], fr: ['Ara hyacinthe'], es: ['Guacamayo jacinto', 'Guacamaya azul'], zh: ['紫蓝金刚鹦鹉'],
      vi: ['Vẹt Hyacinth Macaw', 'Vẹt Macaw'], th: ['นกแก้วมาคอว์ไฮยาซินธ์'], id: ['Makau hyacinth'],
      pt: ['Arara-azul-grande', 'Arara-azul'], sw: ['Hyacinth macaw', 'Kasuku'], ar: ['ببغاء المكاو الياقوتي'],
    },
  },
  {
    id: 'amazon-parrots', rank: 'genus', scientificName: 'Amazona', cites: 'I/II', group: 'parrots',
    note: 'Most Amazona species Appendix II; several (e.g. yellow-headed amazon, A. oratrix) Appendix I.',
    names: {
      en: ['Amazon parrot'], fr: ['Amazone'], es: ['Loro amazona', 'Loro real', 'Cotorra'], zh: ['亚马逊鹦鹉'],
      vi: ['Vẹt Amazon'], th: ['นกแก้วแอมะซอน'], id: ['Nuri amazon'], pt: ['Papagaio-verdadeiro', 'Papagaio'],
      sw: ['Kasuku wa Amazon'], ar: ['ببغاء الأمازون'],
    },
  },
  {
    id: 'cockatoos', rank: 'family', scientificName: 'Cacatuidae', cites: 'I/II', group: 'parrots',
    note: 'Appendix II, except yellow-crested, salmon-crested, Philippine, Goffin\'s and palm cockatoos (Appendix I); cockatiel not listed.',
    names: {
      en: ['Cockatoo'], fr: ['Cacatoès'], es: ['Cacatúa'], zh: ['凤头鹦鹉'], vi: ['Vẹt mào'], th: ['นกกระตั้ว'],
      id: ['Kakatua'], pt: ['Cacatua'], sw: ['Cockatoo', 'Kasuku'], ar: ['كوكاتو', 'ببغاء الكوكاتو'],
    },
  },
  {
    id: 'yellow-crested-cockatoo', rank: 'species', scientificName: 'Cacatua sulphurea', cites: 'I', group: 'parrots',
    names: {
      en: ['Yellow-crested cockatoo'], fr: ['Cacatoès soufré', 'Cacatoès à huppe jaune'], es: ['Cacatúa sulfúrea', 'Cacatúa de cresta amarilla'],
      zh: ['小葵花凤头鹦鹉'], vi: ['Vẹt mào vàng'], th: ['นกกระตั้วหงอนเหลือง'], id: ['Kakatua jambul kuning', 'Kakatua kecil jambul kuning'],
      pt: ['Cacatua-de-crista-amarela'], sw: ['Yellow-crested cockatoo', 'Kasuku'], ar: ['كوكاتو أصفر العرف'],
    },
  },
  {
    id: 'salmon-crested-cockatoo', rank: 'species', scientificName: 'Cacatua moluccensis', cites: 'I', group: 'parrots',
    names: {
      en: ['Salmon-crested cockatoo', 'Moluccan cockatoo'], fr: ['Cacatoès des Moluques'], es: ['Cacatúa de las Molucas'],
      zh: ['鲑色凤头鹦鹉', '摩鹿加凤头鹦鹉'], vi: ['Vẹt mào Moluccan'], th: ['นกกระตั้วหงอนส้ม', 'นกกระตั้วโมลุกกะ'],
      id: ['Kakatua Maluku', 'Kakatua seram'], pt: ['Cacatua-das-molucas'], sw: ['Salmon-crested cockatoo', 'Kasuku'],
      ar: ['كوكاتو الملوك'],
    },
  },
  {
    id: 'palm-cockatoo', rank: 'species', scientificName: 'Probosciger aterrimus', cites: 'I', group: 'parrots',
    names: {
      en: ['Palm cockatoo', 'Black palm cockatoo'], fr: ['Microglosse noir', 'Cacatoès noir'], es: ['Cacatúa enlutada', 'Cacatúa de las palmeras'],
      zh: ['棕树凤头鹦鹉', '黑凤头鹦鹉'], vi: ['Vẹt mào đen'], th: ['นกกระตั้วดำ'], id: ['Kakatua raja'],
      pt: ['Cacatua-das-palmeiras', 'Cacatua-preta'], sw: ['Palm cockatoo', 'Kasuku'], ar: ['كوكاتو النخيل', 'الكوكاتو الأسود'],
    },
  },

  // ---------------------------------------------------------------- songbirds and other birds
  {
    id: 'straw-headed-bulbul', rank: 'species', scientificName: 'Pycnonotus zeylanicus', cites: 'I', group: 'songbirds',
    names: {
      en: ['Straw-headed bulbul'], fr: ['Bulbul à tête jaune'], es: ['Bulbul cabeciamarillo'], zh: ['草头鹎', '黄冠鹎'],
      vi: ['Straw-headed bulbul', 'Chào mào'], th: ['นกปรอดแม่พะ'], id: ['Cucak rawa'], pt: ['Bulbul-de-cabeça-amarela'],
      sw: ['Straw-headed bulbul'], ar: ['Straw-headed bulbul', 'بلبل'],
    },
  },
  {
    id: 'white-rumped-shama', rank: 'species', scientificName: 'Copsychus malabaricus', cites: null, group: 'songbirds',
    note: 'Not in the CITES Appendices to our knowledge, but protected by national law in parts of its range; still report it.',
    names: {
      en: ['White-rumped shama', 'Shama'], fr: ['Shama à croupion blanc', 'Shama'], es: ['Shama culiblanco', 'Shama'],
      zh: ['白腰鹊鸲', '长尾四喜'], vi: ['Chích chòe lửa'], th: ['นกกางเขนดง'], id: ['Murai batu'], pt: ['Shama', 'Tordo-shama'],
      sw: ['Shama'], ar: ['شاما', 'White-rumped shama'],
    },
  },
  {
    id: 'hill-myna', rank: 'species', scientificName: 'Gracula religiosa', cites: 'II', group: 'songbirds',
    names: {
      en: ['Hill myna', 'Common hill myna', 'Myna'], fr: ['Mainate religieux', 'Mainate'], es: ['Miná religioso', 'Mainato'],
      zh: ['鹩哥', '九官鸟'], vi: ['Yểng', 'Nhồng'], th: ['นกขุนทอง'], id: ['Beo', 'Burung beo', 'Tiong emas'],
      pt: ['Mainá'], sw: ['Myna'], ar: ['طائر المينا', 'مينا'],
    },
  },
  {
    id: 'bali-myna', rank: 'species', scientificName: 'Leucopsar rothschildi', cites: 'I', group: 'songbirds',
    names: {
      en: ['Bali myna', 'Bali starling'], fr: ['Étourneau de Bali', 'Martin de Rothschild'], es: ['Estornino de Bali', 'Miná de Bali'],
      zh: ['长冠八哥', '巴厘岛八哥'], vi: ['Sáo Bali'], th: ['นกเอี้ยงบาหลี'], id: ['Jalak Bali'], pt: ['Estorninho-de-bali', 'Mainá-de-bali'],
      sw: ['Bali myna'], ar: ['مينا بالي'],
    },
  },
  {
    id: 'red-siskin', rank: 'species', scientificName: 'Spinus cucullatus', cites: 'I', group: 'songbirds',
    note: 'Also published as Carduelis cucullata.',
    names: {
      en: ['Red siskin'], fr: ['Chardonneret rouge'], es: ['Cardenalito', 'Jilguero rojo'], zh: ['红额金翅雀'],
      vi: ['Red siskin'], th: ['Red siskin'], id: ['Red siskin'], pt: ['Pintassilgo-da-venezuela'], sw: ['Red siskin'],
      ar: ['Red siskin'],
    },
  },
  {
    id: 'helmeted-hornbill', rank: 'species', scientificName: 'Rhinoplax vigil', cites: 'I', group: 'other-birds',
    names: {
      en: ['Helmeted hornbill', 'Hornbill'], fr: ['Calao à casque rond', 'Calao'], es: ['Cálao de yelmo', 'Cálao'],
      zh: ['盔犀鸟', '犀鸟'], vi: ['Helmeted hornbill', 'Hồng hoàng'], th: ['นกชนหิน', 'นกเงือก'], id: ['Rangkong gading', 'Enggang gading'],
      pt: ['Calau-de-capacete', 'Calau'], sw: ['Hondohondo'], ar: ['أبو قرن ذو الخوذة', 'أبو قرن'],
    },
    products: {
      en: ['hornbill ivory', 'red ivory', 'hornbill casque'], fr: ['ivoire de calao'], es: ['marfil de cálao'],
      zh: ['鹤顶红', '盔犀鸟头骨'], vi: ['ngà hồng hoàng', 'sọ hồng hoàng'], th: ['หัวนกชนหิน'], id: ['gading rangkong', 'paruh rangkong'],
      pt: ['marfim de calau'], sw: ['pembe ya hondohondo'], ar: ['عاج أبو قرن'],
    },
  },
  {
    id: 'saker-falcon', rank: 'species', scientificName: 'Falco cherrug', cites: 'II', group: 'other-birds',
    names: {
      en: ['Saker falcon', 'Falcon'], fr: ['Faucon sacre', 'Faucon'], es: ['Halcón sacre', 'Halcón'], zh: ['猎隼', '隼'],
      vi: ['Cắt Saker', 'Chim cắt'], th: ['เหยี่ยวเซเกอร์', 'เหยี่ยว'], id: ['Alap-alap saker', 'Alap-alap'],
      pt: ['Falcão-sacre', 'Falcão'], sw: ['Saker falcon'], ar: ['الصقر الحر', 'صقر'],
    },
  },

  // ---------------------------------------------------------------- tortoises and turtles
  {
    id: 'tortoises', rank: 'family', scientificName: 'Testudinidae', cites: 'I/II', group: 'tortoises-turtles',
    note: 'All land tortoises Appendix II, many Appendix I (radiated, ploughshare, Indian and Burmese star tortoises...).',
    names: {
      en: ['Tortoise'], fr: ['Tortue terrestre'], es: ['Tortuga terrestre'], zh: ['陆龟'], vi: ['Rùa cạn'], th: ['เต่าบก'],
      id: ['Kura-kura darat'], pt: ['Jabuti', 'Tartaruga-terrestre'], sw: ['Kobe'], ar: ['سلحفاة برية'],
    },
  },
  {
    id: 'radiated-tortoise', rank: 'species', scientificName: 'Astrochelys radiata', cites: 'I', group: 'tortoises-turtles',
    names: {
      en: ['Radiated tortoise'], fr: ['Tortue radiée', 'Tortue rayonnée'], es: ['Tortuga radiada'], zh: ['辐射陆龟', '射纹龟'],
      vi: ['Rùa Radiata', 'Rùa sao Madagascar'], th: ['เต่าราเดียตา', 'เต่าแรเดียตา'], id: ['Kura-kura radiata'],
      pt: ['Tartaruga-radiada'], sw: ['Kobe wa Madagaska'], ar: ['السلحفاة المشعة'],
    },
  },
  {
    id: 'ploughshare-tortoise', rank: 'species', scientificName: 'Astrochelys yniphora', cites: 'I', group: 'tortoises-turtles',
    names: {
      en: ['Ploughshare tortoise', 'Angonoka'], fr: ['Tortue à soc', 'Angonoka'], es: ['Tortuga angonoka', 'Angonoka'],
      zh: ['安哥洛卡象龟', '犁头龟'], vi: ['Rùa Angonoka'], th: ['เต่าแองโกโนกา'], id: ['Kura-kura angonoka'],
      pt: ['Tartaruga-angonoka', 'Angonoka'], sw: ['Angonoka'], ar: ['سلحفاة الأنغونوكا'],
    },
  },
  {
    id: 'indian-star-tortoise', rank: 'species', scientificName: 'Geochelone elegans', cites: 'I', group: 'tortoises-turtles',
    names: {
      en: ['Indian star tortoise', 'Star tortoise'], fr: ["Tortue étoilée d'Inde"], es: ['Tortuga estrellada india'],
      zh: ['印度星龟', '星龟'], vi: ['Rùa sao Ấn Độ', 'Rùa sao'], th: ['เต่าดาวอินเดีย', 'เต่าดาว'], id: ['Kura-kura bintang India'],
      pt: ['Tartaruga-estrelada-indiana'], sw: ['Kobe nyota wa India'], ar: ['السلحفاة النجمية الهندية'],
    },
  },
  {
    id: 'burmese-star-tortoise', rank: 'species', scientificName: 'Geochelone platynota', cites: 'I', group: 'tortoises-turtles',
    names: {
      en: ['Burmese star tortoise'], fr: ['Tortue étoilée de Birmanie'], es: ['Tortuga estrellada birmana'], zh: ['缅甸星龟'],
      vi: ['Rùa sao Miến Điện'], th: ['เต่าดาวพม่า'], id: ['Kura-kura bintang Burma'], pt: ['Tartaruga-estrelada-birmanesa'],
      sw: ['Kobe nyota wa Myanmar'], ar: ['السلحفاة النجمية البورمية'],
    },
  },
  {
    id: 'asian-box-turtles', rank: 'genus', scientificName: 'Cuora', cites: 'I/II', group: 'tortoises-turtles',
    note: 'Asian box turtles: Appendix II, a few species Appendix I.',
    names: {
      en: ['Asian box turtle', 'Box turtle'], fr: ["Tortue-boîte d'Asie"], es: ['Tortuga de caja asiática'], zh: ['闭壳龟', '金钱龟'],
      vi: ['Rùa hộp'], th: ['เต่าหับ'], id: ['Kura-kura ambon', 'Kura-kura kotak'], pt: ['Tartaruga-de-caixa-asiática'],
      sw: ['Box turtle'], ar: ['السلحفاة الصندوقية الآسيوية'],
    },
  },
  {
    id: 'pig-nosed-turtle', rank: 'species', scientificName: 'Carettochelys insculpta', cites: 'II', group: 'tortoises-turtles',
    names: {
      en: ['Pig-nosed turtle', 'Fly River turtle'], fr: ['Tortue à nez de cochon'], es: ['Tortuga de nariz de cerdo'],
      zh: ['猪鼻龟', '两爪鳖'], vi: ['Rùa mũi lợn'], th: ['เต่าจมูกหมู'], id: ['Kura-kura moncong babi', 'Labi-labi moncong babi'],
      pt: ['Tartaruga-nariz-de-porco'], sw: ['Pig-nosed turtle'], ar: ['سلحفاة أنف الخنزير'],
    },
  },
  {
    id: 'sea-turtles', rank: 'family', scientificName: 'Cheloniidae', cites: 'I', group: 'tortoises-turtles',
    note: 'All hard-shelled sea turtles are Appendix I (the leatherback, Dermochelyidae, too).',
    names: {
      en: ['Sea turtle', 'Marine turtle'], fr: ['Tortue marine'], es: ['Tortuga marina'], zh: ['海龟'], vi: ['Rùa biển'],
      th: ['เต่าทะเล'], id: ['Penyu'], pt: ['Tartaruga-marinha'], sw: ['Kasa'], ar: ['سلحفاة بحرية'],
    },
    products: {
      en: ['turtle eggs', 'turtle shell'], fr: ['œufs de tortue', 'écaille de tortue'], es: ['huevos de tortuga', 'caparazón de tortuga'],
      zh: ['海龟蛋', '龟壳'], vi: ['trứng rùa', 'mai rùa'], th: ['ไข่เต่า', 'กระดองเต่า'], id: ['telur penyu', 'karapas penyu'],
      pt: ['ovos de tartaruga', 'casco de tartaruga'], sw: ['mayai ya kasa'], ar: ['بيض السلاحف', 'صدفة السلحفاة'],
    },
  },
  {
    id: 'hawksbill-turtle', rank: 'species', scientificName: 'Eretmochelys imbricata', cites: 'I', group: 'tortoises-turtles',
    names: {
      en: ['Hawksbill turtle', 'Hawksbill'], fr: ['Tortue imbriquée', 'Caret'], es: ['Tortuga carey', 'Carey'], zh: ['玳瑁'],
      vi: ['Đồi mồi'], th: ['เต่ากระ'], id: ['Penyu sisik'], pt: ['Tartaruga-de-pente'], sw: ["Ng'amba", 'Kasa'],
      ar: ['السلحفاة صقرية المنقار'],
    },
    products: {
      en: ['tortoiseshell', 'bekko'], fr: ['écaille de tortue'], es: ['carey'], zh: ['玳瑁壳', '玳瑁制品'], vi: ['đồi mồi', 'vảy đồi mồi'],
      th: ['กระ'], id: ['sisik penyu'], pt: ['casco de tartaruga-de-pente'], sw: ["gamba la ng'amba"], ar: ['صدف السلحفاة'],
    },
  },
  {
    id: 'green-turtle', rank: 'species', scientificName: 'Chelonia mydas', cites: 'I', group: 'tortoises-turtles',
    names: {
      en: ['Green turtle', 'Green sea turtle'], fr: ['Tortue verte'], es: ['Tortuga verde'], zh: ['绿海龟'], vi: ['Vích'],
      th: ['เต่าตนุ'], id: ['Penyu hijau'], pt: ['Tartaruga-verde'], sw: ['Kasa'], ar: ['السلحفاة الخضراء'],
    },
  },

  // ---------------------------------------------------------------- snakes and lizards
  {
    id: 'pythons', rank: 'family', scientificName: 'Pythonidae', cites: 'I/II', group: 'snakes-lizards',
    note: 'Appendix II, except the Indian python (Python molurus molurus), Appendix I.',
    names: {
      en: ['Python'], fr: ['Python'], es: ['Pitón'], zh: ['蟒', '蟒蛇'], vi: ['Trăn'], th: ['งูหลาม', 'งูเหลือม'],
      id: ['Ular sanca', 'Sanca'], pt: ['Píton'], sw: ['Chatu'], ar: ['أصلة', 'ثعبان البايثون'],
    },
    products: {
      en: ['python skin', 'snakeskin'], fr: ['peau de python'], es: ['piel de pitón'], zh: ['蟒皮'], vi: ['da trăn'],
      th: ['หนังงู'], id: ['kulit ular', 'kulit sanca'], pt: ['pele de píton'], sw: ['ngozi ya chatu'], ar: ['جلد الأصلة'],
    },
  },
  {
    id: 'ball-python', rank: 'species', scientificName: 'Python regius', cites: 'II', group: 'snakes-lizards',
    names: {
      en: ['Ball python', 'Royal python'], fr: ['Python royal'], es: ['Pitón real', 'Pitón bola'], zh: ['球蟒'],
      vi: ['Trăn ball', 'Trăn hoàng gia'], th: ['งูบอลไพธอน', 'บอลไพธอน'], id: ['Ball python'],
      pt: ['Píton-real', 'Píton-bola'], sw: ['Ball python', 'Chatu'], ar: ['الأصلة الملكية', 'بايثون الكرة'],
    },
  },
  {
    id: 'burmese-python', rank: 'species', scientificName: 'Python bivittatus', cites: 'II', group: 'snakes-lizards',
    names: {
      en: ['Burmese python'], fr: ['Python birman'], es: ['Pitón birmana'], zh: ['缅甸蟒'], vi: ['Trăn đất', 'Trăn Miến Điện'],
      th: ['งูหลาม', 'งูหลามพม่า'], id: ['Sanca bodo', 'Sanca Burma'], pt: ['Píton-birmanesa'], sw: ['Burmese python', 'Chatu'],
      ar: ['الأصلة البورمية'],
    },
  },
  {
    id: 'reticulated-python', rank: 'species', scientificName: 'Malayopython reticulatus', cites: 'II', group: 'snakes-lizards',
    note: 'Also published as Python reticulatus.',
    names: {
      en: ['Reticulated python'], fr: ['Python réticulé'], es: ['Pitón reticulada'], zh: ['网纹蟒'], vi: ['Trăn gấm'],
      th: ['งูเหลือม'], id: ['Sanca kembang', 'Ular sanca batik'], pt: ['Píton-reticulada'], sw: ['Reticulated python', 'Chatu'],
      ar: ['الأصلة الشبكية'],
    },
  },
  {
    id: 'boa-constrictor', rank: 'species', scientificName: 'Boa constrictor', cites: 'I/II', group: 'snakes-lizards',
    note: 'Appendix II, except the Argentine boa (B. c. occidentalis), Appendix I.',
    names: {
      en: ['Boa constrictor', 'Boa', 'Red-tailed boa'], fr: ['Boa constricteur', 'Boa'], es: ['Boa constrictora', 'Boa', 'Mazacuata'],
      zh: ['红尾蚺', '蟒蚺', '蚺'], vi: ['Trăn Boa', 'Trăn Nam Mỹ'], th: ['งูโบอา'], id: ['Ular boa', 'Boa'],
      pt: ['Jiboia'], sw: ['Boa'], ar: ['أفعى البوا', 'بواء عاصرة'],
    },
  },
  {
    id: 'king-cobra', rank: 'species', scientificName: 'Ophiophagus hannah', cites: 'II', group: 'snakes-lizards',
    names: {
      en: ['King cobra'], fr: ['Cobra royal'], es: ['Cobra real'], zh: ['眼镜王蛇'], vi: ['Rắn hổ mang chúa'], th: ['งูจงอาง'],
      id: ['King kobra', 'Ular tedung'], pt: ['Cobra-real'], sw: ['King cobra', 'Swila'], ar: ['الكوبرا الملكية'],
    },
  },
  {
    id: 'tokay-gecko', rank: 'species', scientificName: 'Gekko gecko', cites: 'II', group: 'snakes-lizards',
    names: {
      en: ['Tokay gecko', 'Gecko'], fr: ['Gecko tokay'], es: ['Geco tokay', 'Gecko tokay'], zh: ['大壁虎', '蛤蚧'],
      vi: ['Tắc kè'], th: ['ตุ๊กแก'], id: ['Tokek'], pt: ['Lagartixa-tokay', 'Geco-tokay'], sw: ['Mjusi tokay'],
      ar: ['وزغ التوكاي', 'أبو بريص'],
    },
    products: { en: ['dried gecko'], zh: ['蛤蚧干'], vi: ['tắc kè khô', 'rượu tắc kè'], th: ['ตุ๊กแกตากแห้ง'], id: ['tokek kering'] },
  },
  {
    id: 'monitor-lizards', rank: 'genus', scientificName: 'Varanus', cites: 'I/II', group: 'snakes-lizards',
    note: 'Appendix II, except a few species (e.g. Komodo dragon, Bengal monitor) in Appendix I.',
    names: {
      en: ['Monitor lizard', 'Water monitor'], fr: ['Varan'], es: ['Varano', 'Lagarto monitor'], zh: ['巨蜥', '泽巨蜥'],
      vi: ['Kỳ đà'], th: ['ตะกวด', 'เหี้ย'], id: ['Biawak'], pt: ['Varano', 'Lagarto-monitor'], sw: ['Kenge'], ar: ['ورل'],
    },
    products: { en: ['monitor skin', 'lizard skin'], zh: ['巨蜥皮'], vi: ['da kỳ đà'], id: ['kulit biawak'], sw: ['ngozi ya kenge'] },
  },
  {
    id: 'komodo-dragon', rank: 'species', scientificName: 'Varanus komodoensis', cites: 'I', group: 'snakes-lizards',
    names: {
      en: ['Komodo dragon'], fr: ['Dragon de Komodo'], es: ['Dragón de Komodo'], zh: ['科莫多巨蜥', '科莫多龙'],
      vi: ['Rồng Komodo', 'Kỳ đà Komodo'], th: ['มังกรโคโมโด'], id: ['Komodo', 'Biawak komodo'], pt: ['Dragão-de-komodo'],
      sw: ['Kenge wa Komodo'], ar: ['تنين كومودو'],
    },
  },
  {
    id: 'earless-monitor', rank: 'species', scientificName: 'Lanthanotus borneensis', cites: 'II', group: 'snakes-lizards',
    note: 'Appendix II with a zero export quota for wild specimens traded for commercial purposes.',
    names: {
      en: ['Earless monitor lizard', 'Bornean earless monitor'], fr: ['Varan sans oreilles'], es: ['Varano sin orejas'],
      zh: ['婆罗洲无耳巨蜥', '无耳巨蜥'], vi: ['Kỳ đà không tai'], th: ['Earless monitor'], id: ['Biawak tanpa telinga', 'Biawak Kalimantan'],
      pt: ['Varano-sem-orelhas'], sw: ['Earless monitor'], ar: ['الورل البورني عديم الأذن'],
    },
  },
  {
    id: 'crocodile-lizard', rank: 'species', scientificName: 'Shinisaurus crocodilurus', cites: 'I', group: 'snakes-lizards',
    names: {
      en: ['Chinese crocodile lizard', 'Crocodile lizard'], fr: ['Lézard crocodile de Chine'], es: ['Lagarto cocodrilo chino'],
      zh: ['鳄蜥'], vi: ['Thằn lằn cá sấu'], th: ['Crocodile lizard'], id: ['Kadal buaya'], pt: ['Lagarto-crocodilo-chinês'],
      sw: ['Crocodile lizard'], ar: ['السحلية التمساحية الصينية'],
    },
  },
  {
    id: 'chameleons', rank: 'family', scientificName: 'Chamaeleonidae', cites: 'I/II', group: 'snakes-lizards',
    note: 'All true chameleons Appendix II, except Brookesia perarmata (Appendix I).',
    names: {
      en: ['Chameleon'], fr: ['Caméléon'], es: ['Camaleón'], zh: ['变色龙', '避役'], vi: ['Tắc kè hoa'], th: ['กิ้งก่าคาเมเลียน', 'คาเมเลียน'],
      id: ['Bunglon'], pt: ['Camaleão'], sw: ['Kinyonga'], ar: ['حرباء'],
    },
  },

  // ---------------------------------------------------------------- sharks and rays
  {
    id: 'hammerhead-sharks', rank: 'family', scientificName: 'Sphyrnidae', cites: 'II', group: 'sharks-rays',
    names: {
      en: ['Hammerhead shark', 'Hammerhead'], fr: ['Requin-marteau'], es: ['Tiburón martillo', 'Cornuda'], zh: ['双髻鲨', '锤头鲨'],
      vi: ['Cá mập đầu búa'], th: ['ฉลามหัวค้อน'], id: ['Hiu martil', 'Hiu caping'], pt: ['Tubarão-martelo'], sw: ['Papa nyundo'],
      ar: ['قرش أبو مطرقة', 'القرش المطرقة'],
    },
    products: {
      en: ['shark fin'], fr: ['aileron de requin'], es: ['aleta de tiburón'], zh: ['鱼翅', '鲨鱼翅'], vi: ['vây cá mập'], th: ['หูฉลาม'],
      id: ['sirip hiu'], pt: ['barbatana de tubarão'], sw: ['mapezi ya papa'], ar: ['زعانف القرش'],
    },
  },
  {
    id: 'requiem-sharks', rank: 'family', scientificName: 'Carcharhinidae', cites: 'II', group: 'sharks-rays',
    note: 'Whole family Appendix II since CoP19 (in force November 2023): blue, silky, bull, tiger sharks and others.',
    names: {
      en: ['Requiem shark', 'Blue shark', 'Silky shark', 'Shark'], fr: ['Requin', 'Requin bleu', 'Requin soyeux'],
      es: ['Tiburón', 'Tintorera', 'Tiburón sedoso'], zh: ['真鲨', '大青鲨', '鲨鱼'], vi: ['Cá mập', 'Cá mập xanh'],
      th: ['ฉลาม', 'ฉลามน้ำเงิน'], id: ['Hiu', 'Hiu biru', 'Hiu lanjaman'], pt: ['Tubarão', 'Tubarão-azul', 'Tintureira'],
      sw: ['Papa'], ar: ['قرش', 'القرش الأزرق'],
    },
    products: {
      en: ['shark fin', 'shark fins'], fr: ['aileron de requin'], es: ['aleta de tiburón'], zh: ['鱼翅', '鲨鱼翅'], vi: ['vây cá mập'],
      th: ['หูฉลาม', 'ครีบฉลาม'], id: ['sirip hiu'], pt: ['barbatana de tubarão'], sw: ['mapezi ya papa'], ar: ['زعانف القرش'],
    },
  },
  {
    id: 'oceanic-whitetip-shark', rank: 'species', scientificName: 'Carcharhinus longimanus', cites: 'II', group: 'sharks-rays',
    names: {
      en: ['Oceanic whitetip shark'], fr: ['Requin océanique'], es: ['Tiburón oceánico', 'Tiburón punta blanca oceánico'],
      zh: ['长鳍真鲨', '远洋白鳍鲨'], vi: ['Cá mập vây trắng đại dương'], th: ['ฉลามครีบขาวมหาสมุทร'], id: ['Hiu koboi'],
      pt: ['Tubarão-galha-branca-oceânico'], sw: ['Oceanic whitetip shark', 'Papa'], ar: ['قرش المحيط أبيض الزعانف'],
    },
  },
  {
    id: 'whale-shark', rank: 'species', scientificName: 'Rhincodon typus', cites: 'II', group: 'sharks-rays',
    names: {
      en: ['Whale shark'], fr: ['Requin-baleine'], es: ['Tiburón ballena'], zh: ['鲸鲨'], vi: ['Cá mập voi'], th: ['ฉลามวาฬ'],
      id: ['Hiu paus'], pt: ['Tubarão-baleia'], sw: ['Papa potwe'], ar: ['القرش الحوتي', 'قرش الحوت'],
    },
  },
  {
    id: 'shortfin-mako', rank: 'species', scientificName: 'Isurus oxyrinchus', cites: 'II', group: 'sharks-rays',
    names: {
      en: ['Shortfin mako shark', 'Mako shark'], fr: ['Requin-taupe bleu', 'Mako'], es: ['Marrajo dientuso', 'Mako'],
      zh: ['尖吻鲭鲨', '灰鲭鲨'], vi: ['Cá mập mako vây ngắn', 'Cá mập mako'], th: ['ฉลามมาโก'], id: ['Hiu mako'],
      pt: ['Tubarão-mako', 'Anequim'], sw: ['Papa mako'], ar: ['قرش الماكو'],
    },
  },
  {
    id: 'great-white-shark', rank: 'species', scientificName: 'Carcharodon carcharias', cites: 'II', group: 'sharks-rays',
    names: {
      en: ['Great white shark', 'White shark'], fr: ['Grand requin blanc'], es: ['Tiburón blanco'], zh: ['大白鲨', '噬人鲨'],
      vi: ['Cá mập trắng lớn'], th: ['ฉลามขาว'], id: ['Hiu putih besar'], pt: ['Tubarão-branco'], sw: ['Papa mweupe'],
      ar: ['القرش الأبيض الكبير'],
    },
    products: { en: ['shark jaws', 'shark teeth'], fr: ['mâchoires de requin'], es: ['mandíbulas de tiburón'], pt: ['dentes de tubarão'] },
  },
  {
    id: 'manta-devil-rays', rank: 'genus', scientificName: 'Mobula', cites: 'II', group: 'sharks-rays',
    note: 'Manta and devil rays (former genus Manta now in Mobula); gill plates sold as medicine.',
    names: {
      en: ['Manta ray', 'Devil ray', 'Manta'], fr: ['Raie manta', 'Diable de mer', 'Mante'], es: ['Manta raya', 'Mantarraya', 'Manta'],
      zh: ['蝠鲼', '魔鬼鱼'], vi: ['Cá đuối manta'], th: ['กระเบนราหู', 'กระเบนปีศาจ'], id: ['Pari manta', 'Pari setan'],
      pt: ['Raia-manta', 'Jamanta'], sw: ['Taa manta', 'Taa'], ar: ['شيطان البحر', 'مانتا'],
    },
    products: {
      en: ['gill plates', 'manta gills'], fr: ['branchies de raie'], es: ['branquias de manta'], zh: ['鱼鳃', '蝠鲼鳃', '膨鱼鳃'],
      vi: ['mang cá đuối'], th: ['เหงือกกระเบน'], id: ['insang pari'], pt: ['guelras de raia'], ar: ['خياشيم شيطان البحر'],
    },
  },
  {
    id: 'sawfishes', rank: 'family', scientificName: 'Pristidae', cites: 'I', group: 'sharks-rays',
    names: {
      en: ['Sawfish'], fr: ['Poisson-scie'], es: ['Pez sierra'], zh: ['锯鳐'], vi: ['Cá đao'], th: ['ปลาฉนาก'],
      id: ['Pari gergaji', 'Hiu gergaji'], pt: ['Peixe-serra'], sw: ['Sawfish'], ar: ['سمك المنشار'],
    },
    products: { en: ['sawfish rostrum', 'sawfish saw'], fr: ['rostre de poisson-scie'], zh: ['锯鳐吻'], vi: ['mỏ cá đao'], id: ['moncong gergaji'] },
  },
  {
    id: 'wedgefishes', rank: 'family', scientificName: 'Rhinidae', cites: 'II', group: 'sharks-rays',
    names: {
      en: ['Wedgefish', 'Guitarfish'], fr: ['Poisson-guitare', 'Raie-guitare'], es: ['Pez guitarra'], zh: ['尖犁头鳐', '犁头鳐'],
      vi: ['Wedgefish', 'Cá đuối'], th: ['ปลากระเบนท้องน้ำ', 'ปลาโรนัน'], id: ['Pari kekeh', 'Hiu kekeh'], pt: ['Peixe-viola', 'Raia-viola'],
      sw: ['Wedgefish'], ar: ['سمك الغيتار'],
    },
    products: { en: ['shark fin'], zh: ['鱼翅', '群翅'], id: ['sirip hiu'] },
  },

  // ---------------------------------------------------------------- other fishes
  {
    id: 'totoaba', rank: 'species', scientificName: 'Totoaba macdonaldi', cites: 'I', group: 'other-fishes',
    names: {
      en: ['Totoaba'], fr: ['Totoaba'], es: ['Totoaba'], zh: ['石首鱼', '托托阿巴石首鱼'], vi: ['Cá totoaba'], th: ['ปลาโททัวบา'],
      id: ['Totoaba'], pt: ['Totoaba'], sw: ['Totoaba'], ar: ['توتوابا'],
    },
    products: {
      en: ['swim bladder', 'fish maw', 'maw'], fr: ['vessie natatoire'], es: ['buche', 'buche de totoaba', 'vejiga natatoria'],
      zh: ['花胶', '鱼胶', '鱼肚', '鱼鳔'], vi: ['bong bóng cá', 'bóng cá'], th: ['กระเพาะปลา'], id: ['gelembung renang', 'gelembung ikan'],
      pt: ['bexiga natatória'], sw: ['kibofu cha samaki'], ar: ['مثانة السمك', 'كيس العوم'],
    },
  },
  {
    id: 'seahorses', rank: 'genus', scientificName: 'Hippocampus', cites: 'II', group: 'other-fishes',
    names: {
      en: ['Seahorse'], fr: ['Hippocampe'], es: ['Caballito de mar'], zh: ['海马'], vi: ['Cá ngựa'], th: ['ม้าน้ำ'],
      id: ['Kuda laut'], pt: ['Cavalo-marinho'], sw: ['Farasi bahari'], ar: ['حصان البحر'],
    },
    products: {
      en: ['dried seahorse'], fr: ['hippocampe séché'], es: ['caballito de mar seco'], zh: ['海马干'], vi: ['cá ngựa khô'],
      th: ['ม้าน้ำแห้ง'], id: ['kuda laut kering'], pt: ['cavalo-marinho seco'], ar: ['حصان البحر المجفف'],
    },
  },
  {
    id: 'asian-arowana', rank: 'species', scientificName: 'Scleropages formosus', cites: 'I', group: 'other-fishes',
    note: 'Appendix I; captive-bred fish from registered farms may be traded with permits.',
    names: {
      en: ['Asian arowana', 'Dragon fish'], fr: ['Arowana asiatique', 'Poisson-dragon'], es: ['Arowana asiática', 'Pez dragón'],
      zh: ['亚洲龙鱼', '龙鱼', '红龙', '金龙'], vi: ['Cá rồng', 'Huyết long', 'Kim long'], th: ['ปลาอะโรวาน่า', 'ปลามังกร', 'ปลาตะพัด'],
      id: ['Arwana', 'Ikan siluk'], pt: ['Aruanã-asiático', 'Peixe-dragão'], sw: ['Arowana'], ar: ['أروانا آسيوية', 'سمكة التنين'],
    },
  },
  {
    id: 'humphead-wrasse', rank: 'species', scientificName: 'Cheilinus undulatus', cites: 'II', group: 'other-fishes',
    names: {
      en: ['Humphead wrasse', 'Napoleon wrasse'], fr: ['Napoléon', 'Labre géant'], es: ['Napoleón', 'Pez napoleón'],
      zh: ['苏眉鱼', '波纹唇鱼'], vi: ['Cá Napoleon', 'Cá bàng chài đầu gù'], th: ['ปลานโปเลียน'], id: ['Ikan napoleon', 'Maming'],
      pt: ['Peixe-napoleão', 'Bodião-napoleão'], sw: ['Napoleon wrasse'], ar: ['سمكة نابليون'],
    },
  },
  {
    id: 'european-eel', rank: 'species', scientificName: 'Anguilla anguilla', cites: 'II', group: 'other-fishes',
    note: 'Young "glass eels" are smuggled to Asia in suitcases; the EU allows no export.',
    names: {
      en: ['European eel', 'Eel'], fr: ["Anguille d'Europe", 'Anguille'], es: ['Anguila europea', 'Anguila'], zh: ['欧洲鳗鲡', '鳗鱼'],
      vi: ['Cá chình châu Âu', 'Cá chình'], th: ['ปลาไหลยุโรป'], id: ['Sidat Eropa', 'Sidat'], pt: ['Enguia-europeia', 'Enguia'],
      sw: ['Mkunga wa Ulaya', 'Mkunga'], ar: ['ثعبان البحر الأوروبي', 'أنقليس'],
    },
    products: {
      en: ['glass eels', 'elvers'], fr: ['civelles', 'pibales'], es: ['angulas'], zh: ['鳗苗', '玻璃鳗'], vi: ['cá chình bột', 'cá chình giống'],
      th: ['ลูกปลาไหล'], id: ['benih sidat', 'glass eel'], pt: ['meixão'], ar: ['صغار الأنقليس'],
    },
  },
  {
    id: 'sturgeons', rank: 'order', scientificName: 'Acipenseriformes', cites: 'I/II', group: 'other-fishes',
    note: 'Sturgeons and paddlefishes: Appendix II, except two species (Acipenser brevirostrum, A. sturio) in Appendix I.',
    names: {
      en: ['Sturgeon', 'Beluga', 'Paddlefish'], fr: ['Esturgeon'], es: ['Esturión'], zh: ['鲟鱼', '鲟'], vi: ['Cá tầm'],
      th: ['ปลาสเตอร์เจียน'], id: ['Ikan sturgeon'], pt: ['Esturjão'], sw: ['Sturgeon'], ar: ['سمك الحفش', 'حفش'],
    },
    products: {
      en: ['caviar', 'fish roe'], fr: ['caviar'], es: ['caviar'], zh: ['鱼子酱'], vi: ['trứng cá tầm', 'trứng cá muối'],
      th: ['คาเวียร์'], id: ['kaviar'], pt: ['caviar'], sw: ['caviar'], ar: ['كافيار'],
    },
  },

  // ---------------------------------------------------------------- marine invertebrates
  {
    id: 'teatfish-sea-cucumbers', rank: 'group', scientificName: 'Holothuria (Microthele) spp.', cites: 'II', group: 'marine-invertebrates',
    note: 'Teatfish: H. fuscogilva, H. nobilis and H. whitmaei are Appendix II; most other sea cucumbers are not listed.',
    names: {
      en: ['Teatfish', 'Sea cucumber'], fr: ['Holothurie', 'Concombre de mer', 'Bêche-de-mer'], es: ['Pepino de mar'],
      zh: ['海参', '乳参', '黑乳参', '白乳参'], vi: ['Hải sâm'], th: ['ปลิงทะเล'], id: ['Teripang', 'Teripang susu', 'Timun laut'],
      pt: ['Pepino-do-mar'], sw: ['Jongoo bahari'], ar: ['خيار البحر'],
    },
    products: {
      en: ['dried sea cucumber', 'beche-de-mer', 'trepang'], fr: ['bêche-de-mer'], es: ['pepino de mar seco'], zh: ['干海参'],
      vi: ['hải sâm khô'], th: ['ปลิงทะเลแห้ง'], id: ['teripang kering'], pt: ['pepino-do-mar seco'], sw: ['jongoo bahari waliokaushwa'],
      ar: ['خيار البحر المجفف'],
    },
  },
  {
    id: 'stony-corals', rank: 'order', scientificName: 'Scleractinia', cites: 'II', group: 'marine-invertebrates',
    note: 'Hard (stony) corals, including live rock and dead coral pieces that can still be identified.',
    names: {
      en: ['Coral', 'Stony coral', 'Hard coral'], fr: ['Corail', 'Corail dur'], es: ['Coral', 'Coral duro'], zh: ['珊瑚', '石珊瑚'],
      vi: ['San hô'], th: ['ปะการัง'], id: ['Karang', 'Terumbu karang'], pt: ['Coral'], sw: ['Matumbawe'], ar: ['مرجان', 'شعاب مرجانية'],
    },
  },
  {
    id: 'black-corals', rank: 'order', scientificName: 'Antipatharia', cites: 'II', group: 'marine-invertebrates',
    names: {
      en: ['Black coral'], fr: ['Corail noir'], es: ['Coral negro'], zh: ['黑珊瑚'], vi: ['San hô đen'], th: ['ปะการังดำ'],
      id: ['Akar bahar'], pt: ['Coral-negro'], sw: ['Matumbawe meusi'], ar: ['المرجان الأسود', 'يسر'],
    },
    products: { en: ['black coral bracelet'], id: ['gelang akar bahar'], ar: ['مسبحة يسر'] },
  },
  {
    id: 'giant-clams', rank: 'family', scientificName: 'Tridacnidae', cites: 'II', group: 'marine-invertebrates',
    names: {
      en: ['Giant clam'], fr: ['Bénitier'], es: ['Almeja gigante'], zh: ['砗磲'], vi: ['Trai tai tượng'], th: ['หอยมือเสือ'],
      id: ['Kima'], pt: ['Amêijoa-gigante', 'Tridacna'], sw: ['Giant clam'], ar: ['المحار العملاق'],
    },
    products: { en: ['clam shell'], zh: ['砗磲壳', '砗磲手串'], vi: ['vỏ trai tai tượng'], id: ['cangkang kima'] },
  },

  // ---------------------------------------------------------------- orchids
  {
    id: 'orchids', rank: 'family', scientificName: 'Orchidaceae', cites: 'I/II', group: 'orchids',
    note: 'All orchids Appendix II, some Appendix I (e.g. Paphiopedilum, Phragmipedium); some artificially propagated hybrids are exempt.',
    names: {
      en: ['Orchid'], fr: ['Orchidée'], es: ['Orquídea'], zh: ['兰花', '兰科'], vi: ['Hoa lan', 'Lan'], th: ['กล้วยไม้'],
      id: ['Anggrek'], pt: ['Orquídea'], sw: ['Orchid'], ar: ['أوركيد', 'سحلبية'],
    },
    products: { en: ['salep', 'orchid tubers'], fr: ['salep'], zh: ['天麻', '石斛'], ar: ['سحلب'], pt: ['salepo'] },
  },
  {
    id: 'slipper-orchids', rank: 'genus', scientificName: 'Paphiopedilum', cites: 'I', group: 'orchids',
    names: {
      en: ['Slipper orchid', "Lady's slipper orchid"], fr: ['Sabot de Vénus', 'Paphiopedilum'], es: ['Orquídea zapatilla', 'Zapatito de Venus'],
      zh: ['兜兰'], vi: ['Lan hài'], th: ['รองเท้านารี', 'กล้วยไม้รองเท้านารี'], id: ['Anggrek kantong', 'Anggrek selop'],
      pt: ['Sapatinho', 'Orquídea-sapatinho'], sw: ['Paphiopedilum'], ar: ['بافيوبيديلوم', 'Slipper orchid'],
    },
  },
  {
    id: 'phragmipedium', rank: 'genus', scientificName: 'Phragmipedium', cites: 'I', group: 'orchids',
    names: {
      en: ['Tropical American slipper orchid', 'Phragmipedium'], fr: ['Phragmipedium'], es: ['Zapatilla', 'Phragmipedium'],
      zh: ['美洲兜兰'], vi: ['Lan hài Nam Mỹ'], th: ['รองเท้านารีอเมริกา'], id: ['Phragmipedium'], pt: ['Phragmipedium'],
      sw: ['Phragmipedium'], ar: ['فراغميبيديوم'],
    },
  },
  {
    id: 'dendrobium', rank: 'genus', scientificName: 'Dendrobium', cites: 'I/II', group: 'orchids',
    note: 'Appendix II, except Dendrobium cruentum (Appendix I).',
    names: {
      en: ['Dendrobium orchid', 'Dendrobium'], fr: ['Dendrobium'], es: ['Dendrobium'], zh: ['石斛', '石斛兰', '铁皮石斛'],
      vi: ['Lan hoàng thảo', 'Hoàng thảo'], th: ['กล้วยไม้สกุลหวาย', 'หวาย'], id: ['Anggrek dendrobium'], pt: ['Dendróbio', 'Dendrobium'],
      sw: ['Dendrobium'], ar: ['ديندروبيوم'],
    },
  },

  // ---------------------------------------------------------------- timber and plants
  {
    id: 'rosewoods-dalbergia', rank: 'genus', scientificName: 'Dalbergia', cites: 'I/II', group: 'timber-plants',
    note: 'All Dalbergia Appendix II (with an annotation exempting some finished items), except Brazilian rosewood D. nigra (Appendix I).',
    names: {
      en: ['Rosewood', 'Palisander', 'Blackwood'], fr: ['Palissandre', 'Bois de rose'], es: ['Palo de rosa', 'Palisandro', 'Granadillo'],
      zh: ['黄檀', '红木', '酸枝', '花梨'], vi: ['Gỗ trắc', 'Gỗ sưa', 'Cẩm lai', 'Hồng mộc'], th: ['ไม้พะยูง', 'ชิงชัน'],
      id: ['Sonokeling', 'Rosewood'], pt: ['Jacarandá', 'Pau-preto', 'Pau-rosa'], sw: ['Mpingo', 'Rosewood'], ar: ['خشب الورد'],
    },
    products: {
      en: ['rosewood furniture', 'rosewood logs', 'hongmu'], fr: ['meubles en palissandre'], es: ['muebles de palo de rosa'],
      zh: ['红木家具', '红木原木'], vi: ['đồ gỗ trắc', 'gỗ hồng mộc'], th: ['ไม้พะยูงแปรรูป'], id: ['kayu sonokeling'],
      pt: ['móveis de jacarandá'], sw: ['magogo ya mpingo'], ar: ['أثاث خشب الورد'],
    },
  },
  {
    id: 'brazilian-rosewood', rank: 'species', scientificName: 'Dalbergia nigra', cites: 'I', group: 'timber-plants',
    names: {
      en: ['Brazilian rosewood', 'Rio rosewood'], fr: ['Palissandre du Brésil', 'Palissandre de Rio'], es: ['Palisandro de Brasil', 'Jacarandá de Brasil'],
      zh: ['巴西黑黄檀', '巴西玫瑰木'], vi: ['Gỗ hồng mộc Brazil'], th: ['โรสวูดบราซิล'], id: ['Rosewood Brasil'],
      pt: ['Jacarandá-da-bahia', 'Jacarandá-caviúna'], sw: ['Rosewood ya Brazil'], ar: ['خشب الورد البرازيلي'],
    },
  },
  {
    id: 'siamese-rosewood', rank: 'species', scientificName: 'Dalbergia cochinchinensis', cites: 'II', group: 'timber-plants',
    names: {
      en: ['Siamese rosewood', 'Thai rosewood'], fr: ['Palissandre de Cochinchine', 'Bois de rose du Siam'], es: ['Palo de rosa siamés'],
      zh: ['交趾黄檀', '大红酸枝'], vi: ['Gỗ trắc', 'Trắc'], th: ['ไม้พะยูง', 'พะยูง'], id: ['Rosewood Siam'],
      pt: ['Siamese rosewood'], sw: ['Rosewood ya Siam'], ar: ['خشب الورد السيامي'],
    },
  },
  {
    id: 'red-sanders', rank: 'species', scientificName: 'Pterocarpus santalinus', cites: 'II', group: 'timber-plants',
    names: {
      en: ['Red sanders', 'Red sandalwood'], fr: ['Santal rouge'], es: ['Sándalo rojo'], zh: ['檀香紫檀', '小叶紫檀', '紫檀'],
      vi: ['Gỗ đàn hương đỏ', 'Tử đàn'], th: ['จันทน์แดง'], id: ['Cendana merah'], pt: ['Sândalo-vermelho'],
      sw: ['Red sandalwood'], ar: ['الصندل الأحمر'],
    },
  },
  {
    id: 'african-rosewood-kosso', rank: 'species', scientificName: 'Pterocarpus erinaceus', cites: 'II', group: 'timber-plants',
    note: 'West African rosewood; since CoP19 all African Pterocarpus populations are in Appendix II.',
    names: {
      en: ['African rosewood', 'Kosso', 'Barwood'], fr: ['Vène', 'Palissandre du Sénégal', 'Kosso'], es: ['Palo de rosa africano', 'Kosso'],
      zh: ['刺猬紫檀', '非洲花梨', '草花梨'], vi: ['Gỗ hương Nam Phi', 'Gỗ hương châu Phi'], th: ['ไม้ประดู่แอฟริกา'],
      id: ['Rosewood Afrika'], pt: ['Pau-sangue', 'Pau-de-sangue'], sw: ['Kosso', 'African rosewood'], ar: ['خشب الورد الأفريقي'],
    },
  },
  {
    id: 'agarwood', rank: 'genus', scientificName: 'Aquilaria', cites: 'II', group: 'timber-plants',
    note: 'Agarwood trees: all Aquilaria and Gyrinops species are Appendix II (chips, oil, powder included).',
    names: {
      en: ['Agarwood', 'Oud', 'Aloeswood', 'Eaglewood'], fr: ["Bois d'agar", 'Oud'], es: ['Madera de agar', 'Oud'],
      zh: ['沉香', '奇楠', '土沉香'], vi: ['Trầm hương', 'Kỳ nam', 'Dó bầu'], th: ['ไม้กฤษณา', 'กฤษณา', 'ไม้หอม'],
      id: ['Gaharu'], pt: ['Pau-de-águila', 'Agarwood', 'Oud'], sw: ['Udi'], ar: ['عود', 'خشب العود'],
    },
    products: {
      en: ['oud oil', 'agarwood chips', 'incense'], fr: ["huile d'oud"], es: ['aceite de oud'], zh: ['沉香油', '沉香木', '沉香手串'],
      vi: ['tinh dầu trầm', 'vòng trầm'], th: ['น้ำมันกฤษณา'], id: ['minyak gaharu', 'kayu gaharu'], pt: ['óleo de oud'],
      sw: ['mafuta ya udi'], ar: ['دهن العود', 'بخور', 'عود كمبودي'],
    },
  },
];
