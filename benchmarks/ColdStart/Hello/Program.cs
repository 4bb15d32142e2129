System.Console.WriteLine("项目支出绩效自评表");
